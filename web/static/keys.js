// j / k: next / previous item; g: save and approve. Not while typing in a field.
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const el = e.target;
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
  const go = (id) => { const a = document.getElementById(id); if (a) { e.preventDefault(); a.click(); } };
  if (e.key === 'j') go('next');
  else if (e.key === 'k') go('prev');
  else if (e.key === 'g') go('approve');
});
