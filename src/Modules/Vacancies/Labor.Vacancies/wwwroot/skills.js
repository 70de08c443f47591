// Picking a suggested skill adds it to the essential skills, one per line; typing the lines by hand works too.
(() => {
  const search = document.getElementById('skill-search');
  const target = document.getElementById('essentialSkills');
  if (!search || !target) return;
  search.addEventListener('change', () => {
    const skill = search.value.trim();
    if (!skill) return;
    const lines = target.value.split('\n').map(l => l.trim()).filter(Boolean);
    if (!lines.some(l => l.toLowerCase() === skill.toLowerCase())) lines.push(skill);
    target.value = lines.join('\n');
    search.value = '';
  });
})();
