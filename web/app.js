// The page for asking questions of budget disclosures. Plain ES module, no build step.
// Every piece of document text reaches the DOM through textContent / text nodes, never innerHTML: disclosures are
// outside data and may contain markup.

const strings = {
  zh: {
    skip: '跳到主要内容',
    title: '预算信息公开问答',
    subtitle: '数字取自公开文件的表格与正文，每个回答都注明出处',
    languageToggle: 'English',
    languageToggleLabel: 'Switch to English',
    tabsLabel: '功能',
    tabAsk: '提问',
    tabSearch: '检索',
    tabDocuments: '文档',
    questionLabel: '您的问题',
    questionPlaceholder: '例如：公务用车购置及运维费是多少？',
    documentFilterLabel: '限定文档（可选）',
    allDocuments: '全部文档',
    askButton: '提问',
    enterHint: '按 Enter 提问，Shift+Enter 换行。',
    examplesHeading: '示例问题',
    personaPublic: '公众',
    personaPress: '新闻发言',
    personaStaff: '工作人员',
    answerLabel: '回答',
    sourceLabel: '原文',
    searchLabel: '全文检索',
    searchPlaceholder: '例如：公务接待费',
    unitLabel: '单位',
    allUnits: '全部单位',
    yearLabel: '年度',
    allYears: '全部年度',
    searchButton: '检索',
    documentsHeading: '已收录的公开文件',
    columnTitle: '标题',
    columnUnit: '单位',
    columnYear: '年度',
    columnSections: '章节',
    columnTables: '表格',
    columnFacts: '数据项',
    columnChunks: '片段',
    footer: '回答中的数字由程序根据公开文件计算得出，不由语言模型生成。请以原文为准。',
    asking: '正在查找答案…',
    answered: '已回答。',
    drafting: '正在起草回复…',
    emptyQuestion: '请输入问题。',
    requestFailed: '请求失败：',
    figureLabel: '结果',
    answerFrom: '依据：',
    alsoFrom: '其他可能相关的文件：',
    moreAlternatives: (count) => `另外 ${count} 份…`,
    askAlternative: (label) => `改用“${label}”回答`,
    showAllRows: (count) => `显示全部 ${count} 行`,
    showNearbyRows: '只显示引用行附近',
    hiddenRows: (count) => `（另有 ${count} 行未显示）`,
    calculationHeading: '计算过程',
    formulaLabel: '算式：',
    warningsHeading: '核对提示',
    passedChecks: (count) => `核对通过（${count} 项）`,
    citationsHeading: '出处',
    noCitations: '没有可引用的出处。',
    notFoundNote: '公开文件中未找到可以回答此问题的内容。',
    openSource: '查看原文',
    tableRow: (row) => `第 ${row + 1} 行`,
    tableLabel: '表：',
    columnLabel: '列',
    draftButton: '起草回复',
    draftHeading: '回复草稿（可编辑）',
    draftLabel: '回复草稿',
    copyButton: '复制',
    copied: '已复制到剪贴板。',
    copyFailed: '无法自动复制，请手动复制已选中的文字。',
    sourceHeading: '原文',
    closeSource: '关闭原文',
    sectionPath: '章节路径',
    unitNote: (unit) => `单位：${unit}`,
    context: '上下文',
    sourceUnavailable: '原文暂不可用，以下为引用的文字。',
    searching: '正在检索…',
    searchEmpty: '请输入检索词。',
    resultsCount: (count) => `找到 ${count} 条结果。`,
    noResults: '没有找到结果。',
    loadingDocuments: '正在加载文档列表…',
    documentsCount: (count) => `共 ${count} 份文件。`,
    noDocuments: '尚未收录任何文件。',
    documentOption: (document) => documentLabel(document, '（', '）'),
    yuanNote: (text) => `合 ${text} 元`,
  },
  en: {
    skip: 'Skip to main content',
    title: 'Budget disclosure Q&A',
    subtitle: 'Figures are taken from the disclosures’ own tables and text; every answer cites its source',
    languageToggle: '中文',
    languageToggleLabel: '切换到中文',
    tabsLabel: 'Sections',
    tabAsk: 'Ask',
    tabSearch: 'Search',
    tabDocuments: 'Documents',
    questionLabel: 'Your question',
    questionPlaceholder: 'e.g. How much is spent on official vehicles?',
    documentFilterLabel: 'Limit to a document (optional)',
    allDocuments: 'All documents',
    askButton: 'Ask',
    enterHint: 'Press Enter to ask, Shift+Enter for a new line.',
    examplesHeading: 'Example questions',
    personaPublic: 'Public',
    personaPress: 'Press',
    personaStaff: 'Staff',
    answerLabel: 'Answer',
    sourceLabel: 'Source',
    searchLabel: 'Full-text search',
    searchPlaceholder: 'e.g. 公务接待费',
    unitLabel: 'Unit',
    allUnits: 'All units',
    yearLabel: 'Year',
    allYears: 'All years',
    searchButton: 'Search',
    documentsHeading: 'Ingested disclosures',
    columnTitle: 'Title',
    columnUnit: 'Unit',
    columnYear: 'Year',
    columnSections: 'Sections',
    columnTables: 'Tables',
    columnFacts: 'Facts',
    columnChunks: 'Chunks',
    footer: 'Figures in answers are computed by the software from the disclosures, not written by a language model. The original text prevails.',
    asking: 'Looking for the answer…',
    answered: 'Answered.',
    drafting: 'Drafting a reply…',
    emptyQuestion: 'Please type a question.',
    requestFailed: 'Request failed: ',
    figureLabel: 'Result',
    answerFrom: 'Answered from: ',
    alsoFrom: 'Also in: ',
    moreAlternatives: (count) => `${count} more…`,
    askAlternative: (label) => `Answer from “${label}” instead`,
    showAllRows: (count) => `Show all ${count} rows`,
    showNearbyRows: 'Show only the rows near the cited one',
    hiddenRows: (count) => `(${count} more rows not shown)`,
    calculationHeading: 'Calculation',
    formulaLabel: 'Formula: ',
    warningsHeading: 'Check warnings',
    passedChecks: (count) => `Checks passed (${count})`,
    citationsHeading: 'Sources',
    noCitations: 'No sources to cite.',
    notFoundNote: 'The disclosures do not contain an answer to this question.',
    openSource: 'View source',
    tableRow: (row) => `row ${row + 1}`,
    tableLabel: 'Table: ',
    columnLabel: 'column',
    draftButton: 'Draft a reply',
    draftHeading: 'Draft reply (editable)',
    draftLabel: 'Draft reply',
    copyButton: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy automatically; the text is selected, copy it by hand.',
    sourceHeading: 'Source',
    closeSource: 'Close source',
    sectionPath: 'Section path',
    unitNote: (unit) => `Unit: ${unit}`,
    context: 'Context',
    sourceUnavailable: 'The source is not available; this is the quoted text.',
    searching: 'Searching…',
    searchEmpty: 'Please type search terms.',
    resultsCount: (count) => `${count} result${count === 1 ? '' : 's'}.`,
    noResults: 'No results.',
    loadingDocuments: 'Loading documents…',
    documentsCount: (count) => `${count} document${count === 1 ? '' : 's'}.`,
    noDocuments: 'No documents ingested yet.',
    documentOption: (document) => documentLabel(document, ' (', ')'),
    yuanNote: (text) => `= ${text} yuan`,
  },
};

const exampleQuestions = [
  { question: '公务用车购置及运维费是多少？', persona: 'personaPublic' },
  { question: 'How much is spent on official vehicles?', persona: 'personaPublic' },
  { question: '三公经费比上年减少了多少？', persona: 'personaPress' },
  { question: '基本支出占支出预算的比例是多少？', persona: 'personaStaff' },
  { question: 'What is the total government procurement budget?', persona: 'personaStaff' },
];

/** How many yuan one of the document's money units is, for the English yuan figure. */
const yuanPerUnit = { 元: 1, 千元: 1_000, 万元: 10_000, 百万元: 1_000_000, 亿元: 100_000_000 };

const languageStorageKey = 'budget-qa-language';

const state = {
  language: readStoredLanguage(),
  documents: [],
  /** The last answer shown, so a language switch can redraw its labels. */
  lastAnswer: null,
  lastDraft: null,
  askController: null,
  /** The question and filter of the last ask, as written into the URL. */
  lastAsked: null,
};

function readStoredLanguage() {
  try {
    return localStorage.getItem(languageStorageKey) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function text(key, ...parameters) {
  const value = strings[state.language][key];
  return typeof value === 'function' ? value(...parameters) : value;
}

/** Creates an element. Children that are strings become text nodes, so nothing is ever parsed as HTML. */
function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') node.className = value;
    else if (name === 'onClick') node.addEventListener('click', value);
    else if (name === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of [].concat(children)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/**
 * Appends `content` to `parent` as text nodes, wrapping every occurrence of a needle in <mark>. Longest needle wins at
 * a given position, so overlapping terms do not split each other.
 */
function appendHighlighted(parent, content, needles) {
  const usable = [...new Set(needles.filter((needle) => needle && needle.length > 0))].sort((left, right) => right.length - left.length);
  let position = 0;
  while (position < content.length) {
    let best = null;
    for (const needle of usable) {
      const index = content.indexOf(needle, position);
      if (index !== -1 && (best === null || index < best.index || (index === best.index && needle.length > best.needle.length))) {
        best = { index, needle };
      }
    }
    if (best === null) break;
    if (best.index > position) parent.append(document.createTextNode(content.slice(position, best.index)));
    parent.append(element('mark', {}, best.needle));
    position = best.index + best.needle.length;
  }
  if (position < content.length) parent.append(document.createTextNode(content.slice(position)));
  return parent;
}

/** Terms of a search query worth highlighting in a result: the words, or for Chinese runs not found whole, their pairs of characters. */
function highlightTerms(query, content) {
  const terms = query.split(/[\s，。、；：？！,.;:?!“”"'（）()]+/u).filter(Boolean);
  const needles = [];
  for (const term of terms) {
    if (content.includes(term)) needles.push(term);
    else if (/[\u3400-\u9fff]/u.test(term) && term.length > 2) {
      for (let index = 0; index + 2 <= term.length; index += 1) {
        const pair = term.slice(index, index + 2);
        if (content.includes(pair)) needles.push(pair);
      }
    }
  }
  return needles;
}

/** A window of a long result around its first matched term, so a results list stays scannable; the source view has the whole text. */
function snippet(content, needles, radius = 90) {
  if (content.length <= radius * 2 + 20) return content;
  const positions = needles.map((needle) => content.indexOf(needle)).filter((index) => index !== -1);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(content.length, start + radius * 2);
  return `${start > 0 ? '…' : ''}${content.slice(start, end)}${end < content.length ? '…' : ''}`;
}

/**
 * A document's name as people can tell it apart: disclosures of one district share a title
 * (上海市普陀区2025年区级部门预算) and differ only in the unit, so the unit is added when the title does not name it,
 * and the year when the title lacks it.
 */
function documentLabel(entry, open, close) {
  const extras = [];
  if (entry.unit && !entry.title.includes(entry.unit)) extras.push(entry.unit);
  if (entry.year && !entry.title.includes(String(entry.year))) extras.push(String(entry.year));
  return extras.length ? `${entry.title}${open}${extras.join(' · ')}${close}` : entry.title;
}

/** The label of a document known only by id and title (from an answer), using the list when it has the document. */
function documentLabelById(docId, title) {
  const entry = state.documents.find((candidate) => candidate.id === docId);
  return entry ? text('documentOption', entry) : title || docId;
}

/** Long heading paths (PDF sections run four deep) are cut to their ends in lists; the full path stays in the title. */
function compactSection(section) {
  const parts = String(section || '').split(' > ').filter(Boolean);
  return parts.length > 3 ? [parts[0], '…', ...parts.slice(-2)].join(' › ') : parts.join(' › ');
}

// ---------------------------------------------------------------- HTTP

class RequestError extends Error {
  constructor(message, status) {
    super(message);
    /** HTTP status when the server answered with an error; undefined for a broken stream or network failure. */
    this.status = status;
  }
}

async function errorFromResponse(response) {
  try {
    const body = await response.json();
    if (body && body.error && typeof body.error.message === 'string') return new RequestError(body.error.message, response.status);
  } catch {
    // Not JSON: fall through to the status line.
  }
  return new RequestError(`HTTP ${response.status}`, response.status);
}

async function postJson(url, body, signal) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw await errorFromResponse(response);
  return response.json();
}

async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw await errorFromResponse(response);
  return response.json();
}

/** POST /api/ask/stream; calls onDelta with each text piece and resolves with the full answer. */
async function askStream(body, onDelta, signal) {
  const response = await fetch('/api/ask/stream', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok) throw await errorFromResponse(response);
  if (!response.body || !String(response.headers.get('content-type') || '').startsWith('text/event-stream')) {
    throw new RequestError('The answer stream is not available');
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let answer = null;
  const handleBlock = (block) => {
    let event = 'message';
    const dataLines = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) dataLines.push(line.slice(5).replace(/^ /, ''));
    }
    if (dataLines.length === 0) return;
    const data = JSON.parse(dataLines.join('\n'));
    if (event === 'answer-delta') onDelta(String(data.text ?? ''));
    else if (event === 'answer') answer = data;
    else if (event === 'error') throw new RequestError(data.message || 'Error');
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replace(/\r\n/g, '\n');
    let boundary;
    while ((boundary = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      handleBlock(block);
    }
  }
  if (buffer.trim()) handleBlock(buffer);
  if (!answer) throw new RequestError('The answer stream ended early');
  return answer;
}

/** Errors the plain endpoint would give just the same: asking it again would only repeat them. */
function isFinalError(error) {
  return error instanceof RequestError && error.status !== undefined && [400, 413, 429].includes(error.status);
}

/**
 * Streams the answer, and when the stream fails (a proxy that buffers or drops event streams, a server without the
 * endpoint, a cut connection) asks POST /api/ask instead. onRestart lets the caller clear the text shown so far.
 */
async function askWithFallback(body, { onDelta, onRestart, signal }) {
  try {
    return await askStream(body, onDelta, signal);
  } catch (error) {
    if (signal?.aborted || isFinalError(error)) throw error;
    onRestart?.();
    return postJson('/api/ask', body, signal);
  }
}

// ---------------------------------------------------------------- language and tabs

function applyLanguage() {
  document.documentElement.lang = state.language === 'zh' ? 'zh-CN' : 'en';
  document.title = text('title');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = text(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.setAttribute('placeholder', text(node.dataset.i18nPlaceholder));
  for (const node of document.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', text(node.dataset.i18nAria));
  const toggle = document.getElementById('language-toggle');
  toggle.textContent = text('languageToggle');
  toggle.setAttribute('lang', state.language === 'zh' ? 'en' : 'zh-CN');
  renderExamples();
  renderDocumentOptions();
  renderDocumentsTable();
  if (state.lastAnswer) renderAnswer(state.lastAnswer.response, state.lastAnswer.request);
  if (state.lastDraft) renderDraft(state.lastDraft);
}

function selectTab(name, { focus = false } = {}) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const selected = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
  }
}

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => selectTab(tab.dataset.tab));
    tab.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(tab);
      const moves = { ArrowRight: 1, ArrowLeft: -1 };
      if (event.key in moves) {
        event.preventDefault();
        selectTab(tabs[(index + moves[event.key] + tabs.length) % tabs.length].dataset.tab, { focus: true });
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        selectTab(tabs[event.key === 'Home' ? 0 : tabs.length - 1].dataset.tab, { focus: true });
      }
    });
  }
}

// ---------------------------------------------------------------- status lines

function setStatus(id, message, kind = 'info') {
  const node = document.getElementById(id);
  node.textContent = message;
  node.classList.toggle('error', kind === 'error');
}

// ---------------------------------------------------------------- documents and filters

function renderDocumentOptions() {
  const askSelect = document.getElementById('ask-document');
  const chosen = askSelect.value;
  askSelect.replaceChildren(element('option', { value: '' }, text('allDocuments')));
  for (const entry of state.documents) askSelect.append(element('option', { value: entry.id }, text('documentOption', entry)));
  if (state.documents.some((entry) => entry.id === chosen)) askSelect.value = chosen;

  const unitSelect = document.getElementById('search-unit');
  const chosenUnit = unitSelect.value;
  unitSelect.replaceChildren(element('option', { value: '' }, text('allUnits')));
  for (const unit of [...new Set(state.documents.map((entry) => entry.unit))].sort()) unitSelect.append(element('option', { value: unit }, unit));
  unitSelect.value = chosenUnit;
  if (unitSelect.value !== chosenUnit) unitSelect.value = '';

  const yearSelect = document.getElementById('search-year');
  const chosenYear = yearSelect.value;
  yearSelect.replaceChildren(element('option', { value: '' }, text('allYears')));
  const years = [...new Set(state.documents.map((entry) => entry.year).filter((year) => year !== null))].sort((left, right) => right - left);
  for (const year of years) yearSelect.append(element('option', { value: String(year) }, String(year)));
  yearSelect.value = chosenYear;
  if (yearSelect.value !== chosenYear) yearSelect.value = '';
}

function renderDocumentsTable() {
  const body = document.querySelector('#documents-table tbody');
  body.replaceChildren(
    ...state.documents.map((entry) =>
      element('tr', {}, [
        // data-label: on a phone each row becomes a card and the cells name themselves.
        element('td', { className: 'document-title', 'data-label': text('columnTitle') }, entry.title),
        element('td', { 'data-label': text('columnUnit') }, entry.unit),
        element('td', { 'data-label': text('columnYear') }, entry.year === null ? '—' : String(entry.year)),
        element('td', { className: 'number', 'data-label': text('columnSections') }, String(entry.sections)),
        element('td', { className: 'number', 'data-label': text('columnTables') }, String(entry.tables)),
        element('td', { className: 'number', 'data-label': text('columnFacts') }, String(entry.facts)),
        element('td', { className: 'number', 'data-label': text('columnChunks') }, String(entry.chunks)),
      ]),
    ),
  );
  if (state.documentsLoaded) {
    setStatus('documents-status', state.documents.length ? text('documentsCount', state.documents.length) : text('noDocuments'));
  }
}

async function loadDocuments() {
  setStatus('documents-status', text('loadingDocuments'));
  try {
    const body = await getJson('/api/documents');
    state.documents = Array.isArray(body.documents) ? body.documents : [];
    state.documentsLoaded = true;
    renderDocumentOptions();
    renderDocumentsTable();
  } catch (error) {
    setStatus('documents-status', text('requestFailed') + error.message, 'error');
  }
}

function documentTitle(docId) {
  return state.documents.find((entry) => entry.id === docId)?.title ?? docId;
}

// ---------------------------------------------------------------- examples

function renderExamples() {
  const list = document.getElementById('examples');
  list.replaceChildren(
    ...exampleQuestions.map((example) =>
      element('li', {}, [
        element(
          'button',
          {
            type: 'button',
            className: 'example',
            lang: /[\u3400-\u9fff]/u.test(example.question) ? 'zh-CN' : 'en',
            onClick: () => {
              document.getElementById('question').value = example.question;
              runAsk();
            },
          },
          [element('span', { className: 'persona' }, text(example.persona)), element('span', {}, example.question)],
        ),
      ]),
    ),
  );
}

// ---------------------------------------------------------------- answers

function formatOperandAmount(amount, unit) {
  const money = unit in yuanPerUnit;
  // Grouped like the disclosures' own tables (6,084,184.00), so long 元 figures can be read at a glance.
  return money ? amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(amount);
}

function yuanText(value) {
  const multiplier = yuanPerUnit[value.unit];
  if (multiplier === undefined) return null;
  // Rounded to the fen so 11.8 × 10000 shows as 118,000, not 118000.00000000001.
  const yuan = Math.round(value.amount * multiplier * 100) / 100;
  return yuan.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function citationButton(citation, index, container) {
  return element(
    'button',
    { type: 'button', className: 'citation-link', 'data-citation-id': citation.id, onClick: () => openSource(container, citation) },
    `[${index + 1}]`,
  );
}

function renderCitationList(citations, container) {
  if (!citations.length) return element('p', { className: 'quiet' }, text('noCitations'));
  return element(
    'ol',
    { className: 'citations' },
    citations.map((citation, index) => {
      const tableNote = citation.table
        ? `${text('tableLabel')}${citation.table.title} · ${text('tableRow', citation.table.row)}${citation.table.column ? ` · ${text('columnLabel')} ${citation.table.column}` : ''}`
        : null;
      return element('li', {}, [
        element(
          'button',
          { type: 'button', className: 'citation', 'data-citation-id': citation.id, onClick: () => openSource(container, citation) },
          [
            element('span', { className: 'citation-number' }, `[${index + 1}]`),
            element('span', { className: 'citation-body' }, [
              element('span', { className: 'citation-doc' }, documentLabelById(citation.docId, citation.docTitle)),
              element('span', { className: 'citation-section', title: citation.section }, compactSection(citation.section)),
              element('q', { className: 'citation-quote' }, citation.quote),
              tableNote ? element('span', { className: 'citation-table' }, tableNote) : null,
            ]),
          ],
        ),
      ]);
    }),
  );
}

/** A corpus of many units' disclosures can offer dozens of other documents; the first few are the likeliest. */
const shownAlternatives = 3;

/** "Answered from <document>; also in: <others>", each other document a button that asks again limited to it. */
function renderAnswerDocument(response, request) {
  const answered = response.document;
  const alternatives = (response.alternatives ?? []).filter((alternative) => alternative.id !== answered.id);
  // A "more" button that reveals a single item costs as much room as the item.
  const shownCount = alternatives.length > shownAlternatives + 1 ? shownAlternatives : alternatives.length;
  const line = element('div', { className: 'answer-document' }, [
    element('p', {}, [
      element('span', { className: 'quiet' }, text('answerFrom')),
      element('span', { className: 'answer-document-title' }, documentLabelById(answered.id, answered.title)),
    ]),
  ]);
  if (alternatives.length) {
    line.append(
      element('div', { className: 'alternatives' }, [
        element('span', { className: 'quiet', id: 'alternatives-label' }, text('alsoFrom')),
        element(
          'ul',
          { 'aria-labelledby': 'alternatives-label' },
          alternatives.map((alternative, index) => {
            const label = documentLabelById(alternative.id, alternative.title);
            return element(
              'li',
              { hidden: index >= shownCount },
              element(
                'button',
                {
                  type: 'button',
                  className: 'alternative',
                  'data-doc-id': alternative.id,
                  title: text('askAlternative', label),
                  onClick: () => askAgainIn(alternative, request),
                },
                label,
              ),
            );
          }),
        ),
      ]),
    );
    if (alternatives.length > shownCount) {
      const list = line.querySelector('.alternatives ul');
      const more = element('button', { type: 'button', className: 'citation-link more-alternatives' }, text('moreAlternatives', alternatives.length - shownCount));
      more.addEventListener('click', () => {
        for (const item of list.querySelectorAll('li[hidden]')) item.hidden = false;
        more.remove();
        list.querySelector(`li:nth-child(${shownCount + 1}) button`)?.focus();
      });
      list.after(more);
    }
  }
  return line;
}

function askAgainIn(alternative, request) {
  document.getElementById('question').value = request.question;
  const select = document.getElementById('ask-document');
  if (![...select.options].some((option) => option.value === alternative.id)) {
    select.append(element('option', { value: alternative.id }, alternative.title || alternative.id));
  }
  select.value = alternative.id;
  runAsk();
}

function renderAnswer(response, request) {
  const container = document.getElementById('answer');
  const sourcePanel = document.getElementById('ask-source');
  const parts = [];
  const language = response.lang === 'en' ? 'en' : 'zh-CN';

  if (response.kind === 'numeric' && response.value) {
    const comparator = response.value.comparator && response.value.comparator !== '=' ? `${response.value.comparator} ` : '';
    const figure = element('p', { className: 'figure', 'aria-label': `${text('figureLabel')}: ${comparator}${response.value.display}` }, [
      element('span', { className: 'figure-value' }, `${comparator}${response.value.display}`),
    ]);
    const yuan = response.lang === 'en' ? yuanText(response.value) : null;
    if (yuan !== null) figure.append(element('span', { className: 'figure-yuan' }, text('yuanNote', yuan)));
    parts.push(figure);
  }
  parts.push(element('p', { className: `answer-text${response.kind === 'not_found' ? ' not-found' : ''}`, lang: language }, response.answer));
  if (response.kind === 'not_found') parts.push(element('p', { className: 'quiet' }, text('notFoundNote')));
  // After the figure and sentence, which people read first; before the working, which they check.
  if (response.document) parts.push(renderAnswerDocument(response, request));

  if (response.calculation) {
    const citationIndex = new Map(response.citations.map((citation, index) => [citation.id, index]));
    parts.push(
      element('section', { className: 'calculation', 'aria-labelledby': 'calculation-heading' }, [
        element('h3', { id: 'calculation-heading' }, text('calculationHeading')),
        element('p', {}, [element('span', { className: 'quiet' }, text('formulaLabel')), element('code', {}, response.calculation.formula)]),
        element(
          'ul',
          { className: 'operands' },
          response.calculation.operands.map((operand) => {
            const index = citationIndex.get(operand.citationId);
            const citation = index === undefined ? { id: operand.citationId, docId: '', docTitle: '', section: '', quote: operand.label } : response.citations[index];
            return element('li', {}, [
              element('span', { className: 'operand-label' }, operand.label),
              element('span', { className: 'operand-amount' }, `${formatOperandAmount(operand.amount, operand.unit)} ${operand.unit}`),
              index === undefined
                ? element('button', { type: 'button', className: 'citation-link', onClick: () => openSource(sourcePanel, citation) }, text('openSource'))
                : citationButton(citation, index, sourcePanel),
            ]);
          }),
        ),
      ]),
    );
  }

  const failed = response.checks.filter((check) => !check.ok);
  const passed = response.checks.filter((check) => check.ok);
  if (failed.length) {
    parts.push(
      element('section', { className: 'warnings', role: 'note', 'aria-labelledby': 'warnings-heading' }, [
        element('h3', { id: 'warnings-heading' }, text('warningsHeading')),
        element('ul', {}, failed.map((check) => element('li', {}, check.message))),
      ]),
    );
  }
  if (passed.length) {
    parts.push(
      element('details', { className: 'passed-checks' }, [
        element('summary', {}, text('passedChecks', passed.length)),
        element('ul', {}, passed.map((check) => element('li', {}, check.message))),
      ]),
    );
  }

  parts.push(
    element('section', { className: 'citations-section', 'aria-labelledby': 'citations-heading' }, [
      element('h3', { id: 'citations-heading' }, text('citationsHeading')),
      renderCitationList(response.citations, sourcePanel),
    ]),
  );

  if (response.kind !== 'not_found') {
    parts.push(
      element('div', { className: 'actions' }, [
        element('button', { type: 'button', id: 'draft-button', className: 'secondary', onClick: () => runDraft(request) }, text('draftButton')),
      ]),
    );
  }
  parts.push(element('section', { id: 'draft', className: 'draft', hidden: true }));

  container.replaceChildren(...parts);
  container.hidden = false;
}

function renderDraft(draft) {
  const section = document.getElementById('draft');
  if (!section) return;
  const textarea = element('textarea', { id: 'draft-text', rows: 6, lang: draft.lang === 'en' ? 'en' : 'zh-CN' });
  textarea.value = draft.editedText ?? draft.answer;
  textarea.addEventListener('input', () => {
    draft.editedText = textarea.value;
  });
  const copyStatus = element('p', { className: 'status', role: 'status', 'aria-live': 'polite', id: 'copy-status' });
  section.replaceChildren(
    element('h3', {}, element('label', { for: 'draft-text' }, text('draftHeading'))),
    textarea,
    element('div', { className: 'actions' }, [
      element('button', { type: 'button', id: 'copy-button', className: 'secondary', onClick: () => copyDraft(textarea, copyStatus) }, text('copyButton')),
    ]),
    copyStatus,
    element('h3', {}, text('citationsHeading')),
    renderCitationList(draft.citations, document.getElementById('ask-source')),
  );
  section.hidden = false;
}

async function copyDraft(textarea, statusNode) {
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('clipboard unavailable');
    await navigator.clipboard.writeText(textarea.value);
    statusNode.textContent = text('copied');
  } catch {
    // Plain-HTTP deployments have no async clipboard; the old selection API still works there.
    textarea.focus();
    textarea.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    statusNode.textContent = copied ? text('copied') : text('copyFailed');
  }
}

function readDeepLink() {
  const parameters = new URLSearchParams(location.hash.replace(/^#/, '') || location.search.replace(/^\?/, ''));
  const question = parameters.get('q');
  return question ? { question, docId: parameters.get('docId') || '' } : null;
}

function writeDeepLink(question, docId) {
  const parameters = new URLSearchParams({ q: question });
  if (docId) parameters.set('docId', docId);
  // replaceState, not location.hash: assigning the hash would fire hashchange and ask a second time.
  history.replaceState(null, '', `${location.pathname}#${parameters.toString()}`);
}

async function runAsk() {
  const questionInput = document.getElementById('question');
  const question = questionInput.value.trim();
  const docId = document.getElementById('ask-document').value;
  if (!question) {
    setStatus('ask-status', text('emptyQuestion'), 'error');
    questionInput.focus();
    return;
  }
  state.askController?.abort();
  const controller = new AbortController();
  state.askController = controller;
  const request = { question, ...(docId ? { docId } : {}) };
  state.lastAsked = { question, docId };
  state.lastDraft = null;
  writeDeepLink(question, docId);
  selectTab('ask');

  const container = document.getElementById('answer');
  const streaming = element('p', { className: 'answer-text streaming' });
  container.replaceChildren(streaming);
  container.hidden = false;
  container.setAttribute('aria-busy', 'true');
  document.getElementById('ask-source').hidden = true;
  setStatus('ask-status', text('asking'));
  try {
    const response = await askWithFallback(request, {
      onDelta: (piece) => streaming.append(document.createTextNode(piece)),
      onRestart: () => streaming.replaceChildren(),
      signal: controller.signal,
    });
    if (controller.signal.aborted) return;
    state.lastAnswer = { response, request };
    renderAnswer(response, request);
    setStatus('ask-status', text('answered'));
    container.focus();
  } catch (error) {
    if (controller.signal.aborted) return;
    container.hidden = true;
    setStatus('ask-status', text('requestFailed') + error.message, 'error');
  } finally {
    if (state.askController === controller) container.removeAttribute('aria-busy');
  }
}

async function runDraft(request) {
  const button = document.getElementById('draft-button');
  if (button) button.disabled = true;
  setStatus('ask-status', text('drafting'));
  try {
    const response = await askWithFallback({ ...request, mode: 'draft' }, { onDelta: () => {} });
    state.lastDraft = response;
    renderDraft(response);
    setStatus('ask-status', text('answered'));
    document.getElementById('draft-text')?.focus();
  } catch (error) {
    setStatus('ask-status', text('requestFailed') + error.message, 'error');
  } finally {
    const again = document.getElementById('draft-button');
    if (again) again.disabled = false;
  }
}

// ---------------------------------------------------------------- source panel

/**
 * Header rows as cells with spans. PDF and Word tables arrive with merged header cells filled in (the group label
 * repeated in every column and row it covered); equal neighbours are merged back so the header reads as printed.
 * Rows identical to the one above are dropped.
 */
function headerCells(headerRows) {
  const rows = headerRows.filter((row, index) => index === 0 || row.join('\u0000') !== headerRows[index - 1].join('\u0000'));
  const runs = rows.map((row) => {
    const cells = [];
    row.forEach((cellText, column) => {
      const last = cells.at(-1);
      if (last && cellText !== '' && last.text === cellText) last.colSpan += 1;
      else cells.push({ text: cellText, column, colSpan: 1, rowSpan: 1, covered: false });
    });
    return cells;
  });
  // The visible cell starting at each column of the row above, so a run of equal cells grows one rowspan.
  let ownersAbove = new Map();
  for (const cells of runs) {
    const owners = new Map();
    for (const cell of cells) {
      const above = ownersAbove.get(cell.column);
      if (above && cell.text !== '' && above.text === cell.text && above.colSpan === cell.colSpan) {
        above.rowSpan += 1;
        cell.covered = true;
        owners.set(cell.column, above);
      } else {
        owners.set(cell.column, cell);
      }
    }
    ownersAbove = owners;
  }
  return runs.map((cells) => cells.filter((cell) => !cell.covered));
}

/** Amounts, percentages, codes and dashes: right-aligned and never wrapped, so columns of figures line up. */
function isFigure(cellText) {
  return /^[-−+]?[\d,，]*\.?\d+%?$|^[-—–]$/u.test(cellText.trim());
}

/**
 * The column that names the rows (科目名称, 项目): the first whose filled cells are mostly words, not figures. It stays
 * in view while a wide table scrolls sideways, so a figure is never read without its label.
 */
function labelColumnOf(rows) {
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (let column = 0; column < width; column += 1) {
    const filled = rows.map((row) => row[column] ?? '').filter((cell) => cell.trim() !== '');
    const words = filled.filter((cell) => !isFigure(cell)).length;
    if (words > 0 && words * 2 >= filled.length) return column;
  }
  return undefined;
}

/** Rows shown around the cited row of a long table before the reader asks for all of them. */
const nearbyRows = 5;
const longTableRows = 14;

function renderTable(table) {
  const headerRows = table.headerRows.length ? table.headerRows : [table.columns];
  const labelColumn = labelColumnOf(table.rows);
  const head = element(
    'thead',
    {},
    headerCells(headerRows).map((cells) =>
      element(
        'tr',
        {},
        cells.map((cell) => {
          const coversHighlight =
            table.highlightColumn !== undefined && table.highlightColumn >= cell.column && table.highlightColumn < cell.column + cell.colSpan;
          return element(
            'th',
            {
              scope: cell.colSpan > 1 ? 'colgroup' : 'col',
              colspan: cell.colSpan > 1 ? cell.colSpan : undefined,
              rowspan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
              className: [coversHighlight ? 'highlight-column' : '', cell.column === labelColumn && cell.colSpan === 1 ? 'sticky-label' : ''].filter(Boolean).join(' ') || undefined,
            },
            cell.text,
          );
        }),
      ),
    ),
  );
  const highlightRow = table.highlightRow;
  const long = table.rows.length > longTableRows;
  const firstShown = highlightRow === undefined ? 0 : Math.max(0, highlightRow - nearbyRows);
  const lastShown = highlightRow === undefined ? longTableRows - 1 : highlightRow + nearbyRows;
  const body = element(
    'tbody',
    {},
    table.rows.map((row, rowIndex) => {
      const isRow = rowIndex === highlightRow;
      const away = long && (rowIndex < firstShown || rowIndex > lastShown);
      return element(
        'tr',
        { className: [isRow ? 'highlight-row' : '', away ? 'away-row' : ''].filter(Boolean).join(' ') || undefined, 'aria-current': isRow ? 'true' : undefined },
        row.map((cell, column) => {
          const isColumn = column === table.highlightColumn;
          const classes = [
            isColumn ? 'highlight-column' : '',
            isRow && isColumn ? 'highlight-cell' : '',
            isFigure(cell) ? 'number' : 'label',
            column === labelColumn ? 'sticky-label' : '',
          ]
            .filter(Boolean)
            .join(' ');
          const content = isRow && isColumn ? element('mark', {}, cell) : cell;
          return element(column === 0 ? 'th' : 'td', { scope: column === 0 ? 'row' : undefined, className: classes }, content);
        }),
      );
    }),
  );
  // The title stands above the scroller, where sideways scrolling cannot cut it; the caption keeps it for screen readers.
  const tableNode = element('table', { className: `data-table source-table${long ? ' rows-limited' : ''}` }, [
    element('caption', { className: 'visually-hidden' }, table.title),
    head,
    body,
  ]);
  const wrapper = element('div', { className: 'source-table-wrapper' }, [
    element('p', { className: 'table-title', 'aria-hidden': 'true' }, table.title),
    element('div', { className: 'table-scroll' }, tableNode),
  ]);
  if (long) {
    const hiddenCount = body.querySelectorAll('.away-row').length;
    const note = element('p', { className: 'quiet rows-note' }, text('hiddenRows', hiddenCount));
    const toggle = element('button', { type: 'button', className: 'secondary small rows-toggle', 'aria-expanded': 'false' }, text('showAllRows', table.rows.length));
    toggle.addEventListener('click', () => {
      const expanded = tableNode.classList.toggle('rows-limited') === false;
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.textContent = expanded ? text('showNearbyRows') : text('showAllRows', table.rows.length);
      note.hidden = expanded;
    });
    wrapper.append(element('div', { className: 'rows-controls' }, [note, toggle]));
  }
  return wrapper;
}

function renderSource(container, view, citation) {
  const heading = element('h3', { tabindex: '-1', className: 'source-heading' }, text('sourceHeading'));
  const close = element(
    'button',
    {
      type: 'button',
      className: 'close',
      'aria-label': text('closeSource'),
      onClick: () => {
        container.hidden = true;
      },
    },
    '×',
  );
  const path = view.sectionPath && view.sectionPath.length ? view.sectionPath : String(view.section || '').split(' > ').filter(Boolean);
  const parts = [
    element('div', { className: 'source-header' }, [heading, close]),
    element('p', { className: 'source-doc' }, documentLabelById(view.docId, view.docTitle)),
    element('nav', { 'aria-label': text('sectionPath'), className: 'breadcrumb' }, element('ol', {}, path.map((part) => element('li', {}, part)))),
  ];
  if (view.kind === 'table' && view.table) {
    if (view.table.unit) parts.push(element('p', { className: 'quiet' }, text('unitNote', view.table.unit)));
    parts.push(renderTable(view.table));
  } else {
    const needle = view.highlight || citation?.quote || '';
    // Opened from a search result there is no quote: the matched terms are highlighted instead.
    const needles = needle && view.text.includes(needle) ? [needle] : (citation?.terms ?? []);
    parts.push(appendHighlighted(element('p', { className: 'passage' }), view.text, needles));
    if (needle && !view.text.includes(needle)) parts.push(element('blockquote', {}, element('mark', {}, needle)));
    if (view.context && view.context.length) {
      parts.push(
        element('details', { className: 'context' }, [
          element('summary', {}, text('context')),
          ...view.context.map((paragraph) => element('p', {}, paragraph)),
        ]),
      );
    }
  }
  container.replaceChildren(...parts);
  container.hidden = false;
  heading.focus();
  const highlighted = container.querySelector('.highlight-row, mark');
  highlighted?.scrollIntoView({ block: 'nearest' });
  centerHighlightedCell(container);
}

/**
 * Wide tables scroll sideways; the cited cell may sit beyond the right edge. Only the table's own scroller moves, so
 * the page does not jump.
 */
function centerHighlightedCell(container) {
  const cell = container.querySelector('.highlight-cell');
  const scroller = cell?.closest('.table-scroll');
  if (!cell || !scroller || scroller.scrollWidth <= scroller.clientWidth) return;
  const cellBox = cell.getBoundingClientRect();
  const scrollerBox = scroller.getBoundingClientRect();
  scroller.scrollLeft += cellBox.left - scrollerBox.left - (scroller.clientWidth - cellBox.width) / 2;
}

async function openSource(container, citation) {
  try {
    const view = await getJson(`/api/sources/${encodeURIComponent(citation.id)}`);
    renderSource(container, view, citation);
  } catch {
    // The citation carries its own quote and section; show those rather than nothing.
    renderSource(
      container,
      { id: citation.id, docId: citation.docId, docTitle: citation.docTitle, section: citation.section, sectionPath: [], kind: 'passage', text: citation.quote, highlight: citation.quote },
      citation,
    );
    container.querySelector('.source-doc')?.after(element('p', { className: 'quiet' }, text('sourceUnavailable')));
  }
}

// ---------------------------------------------------------------- search

async function runSearch() {
  const query = document.getElementById('search-query').value.trim();
  const unit = document.getElementById('search-unit').value;
  const year = document.getElementById('search-year').value;
  const resultsNode = document.getElementById('search-results');
  if (!query) {
    setStatus('search-status', text('searchEmpty'), 'error');
    return;
  }
  const parameters = new URLSearchParams({ q: query, k: '20' });
  if (unit) parameters.set('unit', unit);
  if (year) parameters.set('year', year);
  setStatus('search-status', text('searching'));
  try {
    const body = await getJson(`/api/search?${parameters.toString()}`);
    const results = Array.isArray(body.results) ? body.results : [];
    const groups = new Map();
    for (const result of results) {
      if (!groups.has(result.docId)) groups.set(result.docId, []);
      groups.get(result.docId).push(result);
    }
    const panel = document.getElementById('search-source');
    resultsNode.replaceChildren(
      ...[...groups.entries()].map(([docId, group]) => {
        const summary = state.documents.find((entry) => entry.id === docId);
        return element('section', { className: 'card result-group' }, [
          element('h3', {}, documentTitle(docId)),
          summary ? element('p', { className: 'quiet' }, `${summary.unit}${summary.year ? ` · ${summary.year}` : ''}`) : null,
          element(
            'ol',
            { className: 'results' },
            group.map((result) =>
              element('li', {}, [
                element('p', { className: 'result-section' }, result.section),
                appendHighlighted(element('p', { className: 'result-text' }), snippet(result.text, highlightTerms(query, result.text)), highlightTerms(query, result.text)),
                element(
                  'button',
                  {
                    type: 'button',
                    className: 'secondary small',
                    onClick: () => openSource(panel, { id: result.id, docId: result.docId, docTitle: documentTitle(result.docId), section: result.section, quote: '', terms: highlightTerms(query, result.text) }),
                  },
                  text('openSource'),
                ),
              ]),
            ),
          ),
        ]);
      }),
    );
    setStatus('search-status', results.length ? text('resultsCount', results.length) : text('noResults'));
  } catch (error) {
    resultsNode.replaceChildren();
    setStatus('search-status', text('requestFailed') + error.message, 'error');
  }
}

// ---------------------------------------------------------------- start

function start() {
  setupTabs();
  applyLanguage();

  document.getElementById('language-toggle').addEventListener('click', () => {
    state.language = state.language === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem(languageStorageKey, state.language);
    } catch {
      // Private browsing: the choice simply is not remembered.
    }
    applyLanguage();
  });

  document.getElementById('ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    runAsk();
  });
  document.getElementById('question').addEventListener('keydown', (event) => {
    // isComposing: Enter that confirms a pinyin candidate must not send the half-typed question.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      runAsk();
    }
  });
  document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    runSearch();
  });

  const askFromLink = async () => {
    const link = readDeepLink();
    if (!link) return;
    if (state.lastAsked && state.lastAsked.question === link.question && state.lastAsked.docId === link.docId) return;
    document.getElementById('question').value = link.question;
    const select = document.getElementById('ask-document');
    if (link.docId && ![...select.options].some((option) => option.value === link.docId)) {
      // The list may not be loaded yet; an option keeps the choice so the request carries it.
      select.append(element('option', { value: link.docId }, link.docId));
    }
    select.value = link.docId;
    await runAsk();
  };
  window.addEventListener('hashchange', askFromLink);
  loadDocuments().then(askFromLink);
}

start();
