// Egiz reads the text layer of PDFs and never renders pages: pdf.js runs without a canvas.
throw new Error('Egiz does not render PDF pages (no canvas package)')
