// j / k: next / previous item; g: save and approve; 1-9: the text marked in the mail into
// that question's field. Not while typing in a text field.
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const el = e.target;
  const typing = el && (el.isContentEditable || ['TEXTAREA', 'SELECT'].includes(el.tagName) ||
    (el.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit'].includes(el.type)));
  if (typing) return;
  const go = (id) => { const a = document.getElementById(id); if (a) { e.preventDefault(); a.click(); } };
  if (e.key === 'j') go('next');
  else if (e.key === 'k') go('prev');
  else if (e.key === 'g') go('approve');
  else if (/^[1-9]$/.test(e.key)) {
    // Text marked in the mail, then its question's number: that text becomes the answer
    // (lines the mail client wrapped joined, paragraphs kept). Saved only with the form.
    const sel = window.getSelection();
    const mail = document.getElementById('mail');
    const text = sel ? sel.toString().trim() : '';
    if (!text || !mail || !mail.contains(sel.anchorNode)) return;
    const field = document.querySelector(`fieldset.question[data-number="${e.key}"] textarea`);
    if (!field) return;
    e.preventDefault();
    field.value = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')).join('\n\n');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    sel.removeAllRanges();
  }
});
