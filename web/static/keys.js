// j / k: next / previous item; g: save and approve. Not while typing in a text field.
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
});
