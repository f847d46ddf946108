import { unzipSync } from 'fflate';
import type { DocumentReader, RawBlock, RawCell } from '../model.ts';
import { ReaderError } from './reader-error.ts';

/**
 * Reads Word .docx files (WordprocessingML) into raw blocks. The XML is parsed by a small tokenizer of our own:
 * Office XML uses no DTDs and few entities, and an own parser can say exactly where a broken part breaks.
 */

export interface ReadDocxOptions {
  /** word/styles.xml, to tell which paragraph styles are headings. */
  stylesXml?: string;
  /** Name used in error messages. */
  fileName?: string;
}

export const docxReader: DocumentReader = {
  extensions: ['.docx'],
  async read({ fileName, bytes }) {
    const parts = unzipPackage(bytes, fileName);
    const documentPartName = findMainDocumentPart(parts, fileName);
    const documentXml = parts.get(documentPartName);
    if (documentXml === undefined) {
      throw new ReaderError({ code: 'malformed', fileName, message: `a zip file without ${documentPartName}, so not a Word document` });
    }
    const related = findRelatedParts(parts, documentPartName, fileName);
    return readDocxXml(documentXml, {
      stylesXml: related.styles === undefined ? undefined : parts.get(related.styles),
      fileName,
    });
  },
};

export function readDocxXml(documentXml: string, options: ReadDocxOptions = {}): RawBlock[] {
  const fileName = options.fileName ?? 'document.xml';
  const document = parseXml(documentXml, 'word/document.xml', fileName);
  const headingLevels = options.stylesXml === undefined
    ? new StyleHeadingLevels(new Map())
    : StyleHeadingLevels.fromStyles(parseXml(options.stylesXml, 'word/styles.xml', fileName));
  const body = findFirst(document, 'w:body');
  if (body === undefined) {
    throw new ReaderError({ code: 'malformed', fileName, message: 'word/document.xml has no <w:body>' });
  }
  const walker = new BlockWalker(headingLevels);
  const blocks = walker.readContainer(body);
  if (blocks.length === 0) {
    throw new ReaderError({ code: 'empty', fileName, message: 'the document has no text' });
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Package (zip) handling

const zipSignature = [0x50, 0x4b];
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0];

function startsWithBytes(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

function unzipPackage(bytes: Uint8Array, fileName: string): Map<string, string> {
  if (startsWithBytes(bytes, compoundFileSignature)) {
    // Encrypted .docx files and legacy .doc files are both OLE compound files, not zips.
    throw new ReaderError({ code: 'unreadable', fileName, message: 'an OLE compound file (a legacy .doc or a password-protected .docx), not a .docx package' });
  }
  if (!startsWithBytes(bytes, zipSignature)) {
    throw new ReaderError({ code: 'unreadable', fileName, message: 'not a zip file, so not a .docx package' });
  }
  let entries: Record<string, Uint8Array>;
  try {
    // Only XML parts are needed; images and embedded objects can be large, so they are not inflated.
    entries = unzipSync(bytes, { filter: (file) => /\.(xml|rels)$/i.test(file.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReaderError({ code: 'unreadable', fileName, message: `a damaged zip file: ${reason}` });
  }
  const parts = new Map<string, string>();
  for (const [name, content] of Object.entries(entries)) parts.set(name, decodeXmlBytes(content));
  return parts;
}

function decodeXmlBytes(bytes: Uint8Array): string {
  // The spec allows UTF-16 parts; they announce themselves with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const relationshipTypeSuffix = {
  officeDocument: '/officeDocument',
  styles: '/styles',
};

function readRelationships(parts: Map<string, string>, relsPartName: string, fileName: string): Array<{ type: string; target: string; external: boolean }> {
  const source = parts.get(relsPartName);
  if (source === undefined) return [];
  const root = parseXml(source, relsPartName, fileName);
  const relationships: Array<{ type: string; target: string; external: boolean }> = [];
  visitElements(root, (element) => {
    if (localName(element.name) !== 'Relationship') return;
    relationships.push({
      type: element.attributes.get('Type') ?? '',
      target: element.attributes.get('Target') ?? '',
      external: element.attributes.get('TargetMode') === 'External',
    });
  });
  return relationships;
}

function resolvePartName(baseDirectory: string, target: string): string {
  const segments = target.startsWith('/') ? [] : baseDirectory.split('/').filter((segment) => segment !== '');
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

function findMainDocumentPart(parts: Map<string, string>, fileName: string): string {
  // The main part is usually word/document.xml, but the package relationships are what name it.
  const relationship = readRelationships(parts, '_rels/.rels', fileName)
    .find((candidate) => candidate.type.endsWith(relationshipTypeSuffix.officeDocument) && !candidate.external);
  const named = relationship === undefined ? undefined : resolvePartName('', relationship.target);
  return named !== undefined && parts.has(named) ? named : 'word/document.xml';
}

// word/numbering.xml is not read: auto-numbering (`w:numPr`) is not rendered, so a list paragraph whose number Word
// draws keeps only its own text.
function findRelatedParts(parts: Map<string, string>, documentPartName: string, fileName: string): { styles?: string } {
  const slash = documentPartName.lastIndexOf('/');
  const directory = slash === -1 ? '' : documentPartName.slice(0, slash);
  const baseName = documentPartName.slice(slash + 1);
  const relationships = readRelationships(parts, `${directory === '' ? '' : `${directory}/`}_rels/${baseName}.rels`, fileName);
  const find = (suffix: string, fallback: string): string | undefined => {
    const relationship = relationships.find((candidate) => candidate.type.endsWith(suffix) && !candidate.external);
    const named = relationship === undefined ? undefined : resolvePartName(directory, relationship.target);
    if (named !== undefined && parts.has(named)) return named;
    return parts.has(fallback) ? fallback : undefined;
  };
  return { styles: find(relationshipTypeSuffix.styles, 'word/styles.xml') };
}

// ---------------------------------------------------------------------------------------------------------------
// A small XML parser: elements, attributes, text, CDATA; comments, processing instructions and DOCTYPE skipped.

interface XmlElement {
  /** Qualified name with a canonical prefix for the namespaces we read (`w:p` whatever prefix the file used). */
  name: string;
  /** Attributes by local name (`w:val` -> `val`). */
  attributes: Map<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | string;

/** Namespace URIs we read, mapped to the prefix the code uses, so files written with other prefixes still work. */
const canonicalPrefixes = new Map<string, string>([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
  ['http://schemas.openxmlformats.org/markup-compatibility/2006', 'mc'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/math', 'm'],
  ['http://purl.oclc.org/ooxml/officeDocument/math', 'm'],
]);

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function parseXml(source: string, partName: string, fileName: string): XmlElement {
  const fail = (offset: number, problem: string): never => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new ReaderError({ code: 'malformed', fileName, line, message: `malformed XML in ${partName} at line ${line}, column ${column}: ${problem}` });
  };
  const decodeText = (raw: string, offset: number): string =>
    raw.includes('&')
      ? raw.replace(/&([^;&<\s]*);?/g, (match, entity: string, index: number) => {
          if (!match.endsWith(';')) return fail(offset + index, `bare "&" (write &amp;)`);
          if (entity.startsWith('#x') || entity.startsWith('#X')) {
            const codePoint = Number.parseInt(entity.slice(2), 16);
            if (Number.isNaN(codePoint) || codePoint > 0x10ffff) return fail(offset + index, `bad character reference ${match}`);
            return String.fromCodePoint(codePoint);
          }
          if (entity.startsWith('#')) {
            const codePoint = Number.parseInt(entity.slice(1), 10);
            if (Number.isNaN(codePoint) || codePoint > 0x10ffff) return fail(offset + index, `bad character reference ${match}`);
            return String.fromCodePoint(codePoint);
          }
          const replacement = namedEntities[entity];
          return replacement ?? fail(offset + index, `unknown entity ${match}`);
        })
      : raw;

  const root: XmlElement = { name: '#document', attributes: new Map(), children: [] };
  const open: Array<{ element: XmlElement; rawName: string; offset: number; namespaces: Map<string, string> }> = [
    { element: root, rawName: '#document', offset: 0, namespaces: new Map() },
  ];
  const namePattern = /[A-Za-z_][\w.\-:]*/y;
  const attributePattern = /\s+([A-Za-z_][\w.\-:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
  const tagEndPattern = /\s*(\/?)>/y;
  const endTagPattern = /<\/([A-Za-z_][\w.\-:]*)\s*>/y;
  let position = 0;
  let rootElements = 0;

  while (position < source.length) {
    const tagStart = source.indexOf('<', position);
    const textEnd = tagStart === -1 ? source.length : tagStart;
    if (textEnd > position) {
      const raw = source.slice(position, textEnd);
      if (open.length === 1) {
        if (raw.trim() !== '' && raw.trim() !== '\ufeff') fail(position, 'text outside the root element');
      } else {
        open[open.length - 1].element.children.push(decodeText(raw, position));
      }
    }
    if (tagStart === -1) break;
    position = tagStart;

    if (source.startsWith('<!--', position)) {
      const end = source.indexOf('-->', position + 4);
      if (end === -1) fail(position, 'unterminated comment');
      position = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', position)) {
      const end = source.indexOf(']]>', position + 9);
      if (end === -1) fail(position, 'unterminated CDATA section');
      if (open.length === 1) fail(position, 'CDATA outside the root element');
      open[open.length - 1].element.children.push(source.slice(position + 9, end));
      position = end + 3;
      continue;
    }
    if (source.startsWith('<?', position)) {
      const end = source.indexOf('?>', position + 2);
      if (end === -1) fail(position, 'unterminated processing instruction');
      position = end + 2;
      continue;
    }
    if (source.startsWith('<!', position)) {
      // A DOCTYPE has no business in Office XML; skip it without expanding anything it declares.
      const bracket = source.indexOf('[', position);
      const close = source.indexOf('>', position);
      const end = bracket !== -1 && bracket < close ? source.indexOf(']>', bracket) + 1 : close;
      if (end <= 0) fail(position, 'unterminated declaration');
      position = end + 1;
      continue;
    }
    if (source.startsWith('</', position)) {
      endTagPattern.lastIndex = position;
      const match = endTagPattern.exec(source);
      if (match === null) fail(position, 'malformed end tag');
      const rawName = match![1];
      const current = open[open.length - 1];
      if (open.length === 1) fail(position, `end tag </${rawName}> without a start tag`);
      if (current.rawName !== rawName) fail(position, `expected </${current.rawName}> but found </${rawName}>`);
      open.pop();
      position = endTagPattern.lastIndex;
      continue;
    }

    namePattern.lastIndex = position + 1;
    const nameMatch = namePattern.exec(source);
    if (nameMatch === null) fail(position, 'malformed tag (a "<" that starts no element; write &lt;)');
    const rawName = nameMatch![0];
    let cursor = namePattern.lastIndex;
    const rawAttributes: Array<[string, string]> = [];
    for (;;) {
      attributePattern.lastIndex = cursor;
      const attribute = attributePattern.exec(source);
      if (attribute === null) break;
      rawAttributes.push([attribute[1], decodeText(attribute[2] ?? attribute[3], cursor)]);
      cursor = attributePattern.lastIndex;
    }
    tagEndPattern.lastIndex = cursor;
    const tagEnd = tagEndPattern.exec(source);
    if (tagEnd === null) fail(cursor, `malformed start tag <${rawName}>`);
    position = tagEndPattern.lastIndex;

    const parent = open[open.length - 1];
    let namespaces = parent.namespaces;
    const attributes = new Map<string, string>();
    for (const [attributeName, value] of rawAttributes) {
      if (attributeName === 'xmlns' || attributeName.startsWith('xmlns:')) {
        if (namespaces === parent.namespaces) namespaces = new Map(parent.namespaces);
        namespaces.set(attributeName === 'xmlns' ? '' : attributeName.slice(6), value);
      } else {
        attributes.set(localName(attributeName), value);
      }
    }
    const colon = rawName.indexOf(':');
    const prefix = colon === -1 ? '' : rawName.slice(0, colon);
    const uri = namespaces.get(prefix);
    const canonical = uri === undefined ? undefined : canonicalPrefixes.get(uri);
    const qualifiedName = canonical === undefined ? rawName : `${canonical}:${localName(rawName)}`;
    const element: XmlElement = { name: qualifiedName, attributes, children: [] };
    if (open.length === 1) {
      rootElements += 1;
      if (rootElements > 1) fail(tagStart, 'more than one root element');
    }
    parent.element.children.push(element);
    if (tagEnd![1] !== '/') open.push({ element, rawName, offset: tagStart, namespaces });
  }
  if (open.length > 1) {
    const unclosed = open[open.length - 1];
    fail(unclosed.offset, `<${unclosed.rawName}> is never closed (the part ends early)`);
  }
  if (rootElements === 0) fail(0, 'no root element');
  return root;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => isElement(child) && (name === undefined || child.name === name));
}

function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element === undefined ? undefined : childElements(element, name)[0];
}

function findFirst(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of childElements(element)) {
    if (child.name === name) return child;
    const found = findFirst(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function visitElements(element: XmlElement, visit: (element: XmlElement) => void): void {
  for (const child of childElements(element)) {
    visit(child);
    visitElements(child, visit);
  }
}

function textOf(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}

function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  const parsed = Number.parseInt(value, 10);
  return parsed > 0 ? parsed : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Heading styles

interface StyleDefinition {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
}

const headingNamePattern = /^(?:heading|标题)\s*([1-9])$/i;

class StyleHeadingLevels {
  constructor(private readonly styles: Map<string, StyleDefinition>) {}

  static fromStyles(stylesRoot: XmlElement): StyleHeadingLevels {
    const styles = new Map<string, StyleDefinition>();
    visitElements(stylesRoot, (element) => {
      if (element.name !== 'w:style') return;
      const styleId = element.attributes.get('styleId');
      const type = element.attributes.get('type') ?? 'paragraph';
      if (styleId === undefined || type !== 'paragraph') return;
      const outline = firstChild(firstChild(element, 'w:pPr'), 'w:outlineLvl')?.attributes.get('val');
      styles.set(styleId, {
        name: firstChild(element, 'w:name')?.attributes.get('val'),
        basedOn: firstChild(element, 'w:basedOn')?.attributes.get('val'),
        outlineLevel: outline === undefined ? undefined : Number.parseInt(outline, 10),
      });
    });
    return new StyleHeadingLevels(styles);
  }

  /** The heading level a paragraph style gives, following `basedOn`; outline level 9 means body text. */
  levelOf(styleId: string): number | undefined {
    const seen = new Set<string>();
    let currentId: string | undefined = styleId;
    while (currentId !== undefined && !seen.has(currentId)) {
      seen.add(currentId);
      const style = this.styles.get(currentId);
      if (style === undefined) {
        // Without styles.xml the built-in English style ids (`Heading1`) still say what they are.
        return currentId === styleId ? levelFromName(currentId) : undefined;
      }
      if (style.outlineLevel !== undefined && !Number.isNaN(style.outlineLevel)) return outlineToHeading(style.outlineLevel);
      const fromName = style.name === undefined ? undefined : levelFromName(style.name);
      if (fromName !== undefined) return fromName;
      currentId = style.basedOn;
    }
    return undefined;
  }
}

function levelFromName(name: string): number | undefined {
  const match = headingNamePattern.exec(name.trim());
  return match === null ? undefined : Number(match[1]);
}

function outlineToHeading(outlineLevel: number): number | undefined {
  return outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel + 1 : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Walking the body

/** Elements whose content is never shown as document text. */
const hiddenElements = new Set([
  'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'w:sdtPr', 'w:sdtEndPr', 'w:tblGrid', 'w:tblPrEx',
  'w:del', 'w:delText', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'w:fldData',
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:annotationRef',
  'mc:Fallback',
]);

interface VerticalMergeRecord {
  cell: RawCell;
  rowSpan: number;
}

class BlockWalker {
  /**
   * Complex fields nest and their results may span paragraphs (a table of contents): only text after `separate`
   * is what the reader sees. An instruction hides text only in the paragraph where it began, so one unbalanced
   * field cannot swallow the rest of the document.
   */
  private readonly fieldStack: Array<{ state: 'instruction' | 'result'; paragraph: number }> = [];
  private paragraphsSeen = 0;
  private currentParagraph = 0;

  constructor(private readonly headingLevels: StyleHeadingLevels) {}

  readContainer(container: XmlElement): RawBlock[] {
    const blocks: RawBlock[] = [];
    for (const child of childElements(container)) {
      if (hiddenElements.has(child.name)) continue;
      if (child.name === 'w:p') {
        blocks.push(...this.readParagraph(child));
      } else if (child.name === 'w:tbl') {
        const rows = this.readTable(child);
        if (rows.some((row) => row.some((cell) => cell.text !== ''))) blocks.push({ kind: 'table', rows, place: {} });
      } else {
        // Content controls, custom XML, inserted or moved-to blocks, alternate content: wrappers around blocks.
        blocks.push(...this.readContainer(child));
      }
    }
    return blocks;
  }

  /** The paragraph, then any text boxes anchored in it. */
  private readParagraph(paragraph: XmlElement): RawBlock[] {
    const pieces: string[] = [];
    const anchored: RawBlock[] = [];
    const enclosingParagraph = this.currentParagraph;
    this.paragraphsSeen += 1;
    this.currentParagraph = this.paragraphsSeen;
    this.collectText(paragraph, pieces, anchored);
    this.currentParagraph = enclosingParagraph;
    const text = pieces.join('').trim();
    const blocks: RawBlock[] = [];
    if (text !== '') {
      const headingLevel = this.headingLevelOf(paragraph);
      blocks.push(headingLevel === undefined
        ? { kind: 'paragraph', text, place: {} }
        : { kind: 'paragraph', text, headingLevel, place: {} });
    }
    return [...blocks, ...anchored];
  }

  private headingLevelOf(paragraph: XmlElement): number | undefined {
    const properties = firstChild(paragraph, 'w:pPr');
    const directOutline = firstChild(properties, 'w:outlineLvl')?.attributes.get('val');
    if (directOutline !== undefined && /^\d+$/.test(directOutline)) return outlineToHeading(Number(directOutline));
    const styleId = firstChild(properties, 'w:pStyle')?.attributes.get('val');
    return styleId === undefined ? undefined : this.headingLevels.levelOf(styleId);
  }

  private collectText(element: XmlElement, pieces: string[], anchored: RawBlock[]): void {
    for (const child of childElements(element)) {
      if (hiddenElements.has(child.name)) continue;
      switch (child.name) {
        case 'w:t':
        case 'm:t':
          if (!this.insideFieldInstruction()) pieces.push(textOf(child));
          break;
        case 'w:tab':
        case 'w:ptab':
          if (!this.insideFieldInstruction()) pieces.push('\t');
          break;
        case 'w:br':
        case 'w:cr':
          if (!this.insideFieldInstruction()) pieces.push('\n');
          break;
        case 'w:noBreakHyphen':
          if (!this.insideFieldInstruction()) pieces.push('-');
          break;
        case 'w:fldChar':
          this.handleFieldCharacter(child.attributes.get('fldCharType'));
          break;
        case 'w:txbxContent':
          anchored.push(...this.readContainer(child));
          break;
        default:
          this.collectText(child, pieces, anchored);
      }
    }
  }

  private handleFieldCharacter(type: string | undefined): void {
    if (type === 'begin') this.fieldStack.push({ state: 'instruction', paragraph: this.currentParagraph });
    else if (type === 'separate' && this.fieldStack.length > 0) this.fieldStack[this.fieldStack.length - 1].state = 'result';
    else if (type === 'end') this.fieldStack.pop();
  }

  private insideFieldInstruction(): boolean {
    return this.fieldStack.some((field) => field.state === 'instruction' && field.paragraph === this.currentParagraph);
  }

  private readTable(table: XmlElement): RawCell[][] {
    const rows: RawCell[][] = [];
    let openMerges = new Map<number, VerticalMergeRecord>();
    for (const row of rowsOf(table)) {
      const cells: RawCell[] = [];
      const nextMerges = new Map<number, VerticalMergeRecord>();
      const rowProperties = firstChild(row, 'w:trPr');
      let gridColumn = 0;
      const skippedBefore = positiveInteger(firstChild(rowProperties, 'w:gridBefore')?.attributes.get('val'));
      if (skippedBefore !== undefined) {
        // A row that starts further right: an empty placeholder keeps its cells under the right columns.
        cells.push(skippedBefore > 1 ? { text: '', colSpan: skippedBefore } : { text: '' });
        gridColumn += skippedBefore;
      }
      for (const cellElement of cellsOf(row)) {
        const properties = firstChild(cellElement, 'w:tcPr');
        const colSpan = positiveInteger(firstChild(properties, 'w:gridSpan')?.attributes.get('val')) ?? 1;
        const horizontalMerge = firstChild(properties, 'w:hMerge');
        const previous = cells[cells.length - 1];
        if (horizontalMerge !== undefined && horizontalMerge.attributes.get('val') !== 'restart' && previous !== undefined) {
          // Legacy horizontal merge: the continuing cell widens the one before it.
          previous.colSpan = (previous.colSpan ?? 1) + colSpan;
          gridColumn += colSpan;
          continue;
        }
        const cell: RawCell = { text: this.cellText(cellElement) };
        if (colSpan > 1) cell.colSpan = colSpan;
        const verticalMerge = firstChild(properties, 'w:vMerge');
        if (verticalMerge !== undefined) {
          const origin = openMerges.get(gridColumn);
          if (verticalMerge.attributes.get('val') !== 'restart' && origin !== undefined) {
            origin.rowSpan += 1;
            cell.mergedFromAbove = true;
            nextMerges.set(gridColumn, origin);
          } else {
            // A continuation with nothing above starts a merge, as Word renders it.
            nextMerges.set(gridColumn, { cell, rowSpan: 1 });
          }
        }
        cells.push(cell);
        gridColumn += colSpan;
      }
      for (const record of nextMerges.values()) {
        if (record.rowSpan > 1) record.cell.rowSpan = record.rowSpan;
      }
      openMerges = nextMerges;
      if (cells.length > 0) rows.push(cells);
    }
    return rows;
  }

  private cellText(cell: XmlElement): string {
    const lines: string[] = [];
    for (const block of this.readContainer(cell)) {
      if (block.kind === 'paragraph') lines.push(block.text);
      // A table inside a cell is flattened: its cells side by side, its rows one per line.
      else for (const row of block.rows) lines.push(row.map((nested) => nested.text).filter((text) => text !== '').join(' '));
    }
    return lines.filter((line) => line !== '').join('\n');
  }
}

/** Rows of a table, looking through content controls and custom XML that may wrap them. */
function rowsOf(table: XmlElement): XmlElement[] {
  return wrappedChildren(table, 'w:tr');
}

function cellsOf(row: XmlElement): XmlElement[] {
  return wrappedChildren(row, 'w:tc');
}

function wrappedChildren(parent: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of childElements(parent)) {
    if (child.name === name) found.push(child);
    else if (!hiddenElements.has(child.name) && child.name !== 'w:tbl') found.push(...wrappedChildren(child, name));
  }
  return found;
}
