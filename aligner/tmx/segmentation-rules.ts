// Segmentation rules for CAT tools that cut segments where Egiz cuts sentences: OmegaT's default
// rules (a paragraph, a number label before a capital, `.?!` before a space), except after the
// abbreviations, initials and heading numbers Egiz does not end a sentence at (`г.`, `Н.А.`,
// `2.2-бөлім.`…). Without
// them a CAT tool cuts `Совершено в г.` | `Алма-Ате…`, where the Kazakh text has nothing to cut,
// and the TM cannot fill either piece. Written as SRX 2.0 (the standard format CAT tools import)
// and as the project file of OmegaT 3 and 4 (`omegat/segmentation.conf`, tested with OmegaT 3.6).
import { ABBREVIATIONS, HEADING_NUMBER_SOURCE, LETTERED_UNIT_STEMS } from '../text/sentences.ts'
import { escapeXml } from './writer.ts'

interface Rule {
  break: boolean
  before: string
  after: string
}

interface RuleSet {
  name: string
  pattern: string
  rules: Rule[]
}

function ruleSets(): RuleSet[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const abbreviations = [...ABBREVIATIONS].map((abbreviation) => ({ break: false, before: `(?iu)(?<![\\p{L}.])${escape(abbreviation)}\\.`, after: '\\s' }))
  // Initials (`О. Бектенов`, `Н.А. Назарбаевым`) do not end a sentence; a letter numbering an annex
  // or a part (`в форме Приложения А. Нота…`) may. The first rule that matches decides.
  const initials = [
    { break: true, before: `(?u)(?:${LETTERED_UNIT_STEMS})\\p{L}*\\s+\\p{Lu}\\.`, after: '\\s' },
    { break: false, before: '(?u)(?<![\\p{L}\\p{N}])\\p{Lu}\\.', after: '\\s' },
  ]
  // A heading's number and its title stay one segment (`2.2-бөлім. Мақсаты`, `Статья 1. Определения`).
  const headingNumber = { break: false, before: `(?iu)^\\s*${HEADING_NUMBER_SOURCE}\\.`, after: '\\s' }
  return [
    { name: 'Egiz: Kazakh and Russian legal abbreviations', pattern: '(?i)(kk|ru).*', rules: [headingNumber, ...abbreviations, ...initials] },
    {
      name: 'Default',
      pattern: '.*',
      rules: [
        { break: false, before: '\\.\\.\\.', after: '\\s+\\P{Lu}' },
        { break: true, before: '^\\s*\\p{Nd}+[\\p{Nd}\\.\\)\\]]+\\s+', after: '\\p{Lu}' },
        { break: true, before: '[\\.\\?\\!]+', after: '\\s' },
      ],
    },
    { name: 'Text', pattern: '.*', rules: [{ break: true, before: '\\n', after: ' +' }] },
  ]
}

/** SRX 2.0, cascading: the abbreviation exceptions first, then the default rules. */
export function srxRules(): string {
  const sets = ruleSets()
  const rule = (r: Rule) => `        <rule break="${r.break ? 'yes' : 'no'}"><beforebreak>${escapeXml(r.before)}</beforebreak><afterbreak>${escapeXml(r.after)}</afterbreak></rule>\n`
  return `<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade="yes">
    <formathandle type="start" include="no"/>
    <formathandle type="end" include="yes"/>
    <formathandle type="isolated" include="no"/>
  </header>
  <body>
    <languagerules>
${sets.map((set) => `      <languagerule languagerulename="${escapeXml(set.name)}">\n${set.rules.map(rule).join('')}      </languagerule>\n`).join('')}    </languagerules>
    <maprules>
${sets.map((set) => `      <languagemap languagepattern="${escapeXml(set.pattern)}" languagerulename="${escapeXml(set.name)}"/>\n`).join('')}    </maprules>
  </body>
</srx>
`
}

/** OmegaT 3 and 4 read a project's rules from `omegat/segmentation.conf`, a Java beans file. */
export function omegatSegmentationConf(): string {
  const string = (text: string) => `<string>${escapeXml(text)}</string>`
  const rule = (r: Rule) => `       <void method="add">
        <object class="org.omegat.core.segmentation.Rule">
         <void property="afterbreak">${string(r.after)}</void>
         <void property="beforebreak">${string(r.before)}</void>
         <void property="breakRule"><boolean>${r.break}</boolean></void>
        </object>
       </void>
`
  const set = (s: RuleSet) => `    <void method="add">
     <object class="org.omegat.core.segmentation.MapRule">
      <void property="language">${string(s.name)}</void>
      <void property="pattern">${string(s.pattern)}</void>
      <void property="rules">
       <object class="java.util.ArrayList">
${s.rules.map(rule).join('')}       </object>
      </void>
     </object>
    </void>
`
  return `<?xml version="1.0" encoding="UTF-8"?>
<java version="1.8" class="java.beans.XMLDecoder">
 <object class="org.omegat.core.segmentation.SRX">
  <void property="mappingRules">
   <object class="java.util.ArrayList">
${ruleSets().map(set).join('')}   </object>
  </void>
  <void property="version"><string>0.2.2</string></void>
 </object>
</java>
`
}
