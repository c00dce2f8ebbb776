// Upper halves (bytes 0x80–0xFF) of the single-byte Cyrillic code pages legal texts come in.
// KZ-1048 is Windows-1251 with Kazakh letters in place of Serbian/Macedonian ones; PT154 (older
// Kazakh software) puts the Kazakh letters elsewhere again, among letters of other Asian Cyrillic alphabets.

/** Windows-1251, bytes 0x80–0xFF; U+FFFD marks the one unassigned byte (0x98). */
export const WINDOWS_1251_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'

/** KZ-1048 (RK1048), bytes 0x80–0xFF. */
export const KZ_1048_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊҚҺЏђ‘’“”•–—\uFFFD™љ›њқһџ\u00A0ҰұӘ¤Ө¦§Ё©Ғ«¬\u00AD®Ү°±Ііөµ¶·ё№ғ»әҢңүАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'

/** PT154 (PTCP154, "Cyrillic-Asian"), bytes 0x80–0xFF. */
export const PT154_HIGH =
  'ҖҒӮғ„…ҶҮҲүҠӢҢҚҺҸҗ‘’“”•–—ҳҷҡӣңқһҹ\u00A0ЎўЈӨҘҰ§Ё©Ә«¬ӯ®Ҝ°ұІіҙө¶·ё№ә»јҪҫҝАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя'

/**
 * Code pages from before Windows, which old archives still hold Russian texts in: DOS (866),
 * KOI8-R (Unix and e-mail), ISO 8859-5, and the Mac's. None has the Kazakh letters. Read from the
 * WHATWG Encoding tables every TextDecoder carries.
 */
export const IBM866_HIGH = upperHalf('ibm866')
export const KOI8_R_HIGH = upperHalf('koi8-r')
export const ISO_8859_5_HIGH = upperHalf('iso-8859-5')
export const MAC_CYRILLIC_HIGH = upperHalf('x-mac-cyrillic')

function upperHalf(label: string): string {
  return new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, k) => 0x80 + k))
}
