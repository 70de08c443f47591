// The lines of a list typed one per line, trimmed, without empty ones.
const listLines = area => area.value.split('\n').map(l => l.trim()).filter(Boolean);

// Live suggestions for <input data-autocomplete="/api/reference/skills" list="…">: the form works without it.
(() => {
  for (const input of document.querySelectorAll('input[data-autocomplete]')) {
    const list = document.getElementById(input.getAttribute('list'));
    let pending;
    input.addEventListener('input', () => {
      clearTimeout(pending);
      const text = input.value.trim();
      if (text.length < 2 || text.length > 100) return;
      pending = setTimeout(async () => {
        const url = `${input.dataset.autocomplete}?q=${encodeURIComponent(text)}&lang=${input.dataset.language || 'nl'}&limit=10`;
        const response = await fetch(url, { headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const suggestions = await response.json();
        const language = input.dataset.language || 'nl';
        list.replaceChildren(...suggestions.map(s => {
          const option = document.createElement('option');
          option.value = s.label;
          // A concept without a label in the page's language shows the other one, marked (ESCO's skills are English only).
          const notes = [s.matchedLabel !== s.label ? s.matchedLabel : '', s.labelLanguage !== language ? `[${s.labelLanguage.toUpperCase()}]` : ''];
          if (notes.some(Boolean)) option.label = notes.filter(Boolean).join(' ');
          return option;
        }));
      }, 150);
    });
  }
})();

// <input data-adds-to="id-of-a-textarea">: a picked suggestion is added to that list, one per line, and the search
// empties for the next one. Typing the lines by hand works too.
(() => {
  for (const search of document.querySelectorAll('input[data-adds-to]')) {
    const target = document.getElementById(search.dataset.addsTo);
    if (!target) continue;
    search.addEventListener('change', () => {
      const picked = search.value.trim();
      if (!picked) return;
      const lines = listLines(target);
      if (!lines.some(l => l.toLowerCase() === picked.toLowerCase())) lines.push(picked);
      target.value = lines.join('\n');
      search.value = '';
    });
  }
})();

// <input data-offers-skills="id-of-a-fieldset" data-essential-to="id" data-optional-to="id">: when an occupation is
// chosen, the fieldset offers the skills it brings (ESCO's essential and optional ones) to tick; a ticked skill is
// added to the essential or optional list (or to the one list), an unticked one taken out. The form works without it.
(() => {
  const toggle = (area, label, on) => {
    const kept = listLines(area).filter(l => l.toLowerCase() !== label.toLowerCase());
    area.value = (on ? [...kept, label] : kept).join('\n');
  };
  for (const input of document.querySelectorAll('input[data-offers-skills]')) {
    const box = document.getElementById(input.dataset.offersSkills);
    const essential = document.getElementById(input.dataset.essentialTo);
    const optional = document.getElementById(input.dataset.optionalTo || input.dataset.essentialTo);
    const language = input.dataset.language || 'nl';
    if (!box || !essential || !optional) continue;
    input.addEventListener('change', async () => {
      const picked = input.value.trim().toLowerCase();
      if (!picked) return;
      const found = await fetch(`/api/reference/occupations?q=${encodeURIComponent(picked)}&lang=${language}&limit=5`);
      if (!found.ok) return;
      const occupation = (await found.json()).find(s => s.label.toLowerCase() === picked || s.matchedLabel.toLowerCase() === picked);
      if (!occupation) return;
      const response = await fetch(`/api/reference/occupation/skills?uri=${encodeURIComponent(occupation.uri)}&lang=${language}`);
      if (!response.ok) return;
      const skills = await response.json();
      const legend = document.createElement('legend');
      legend.textContent = `${box.dataset.title} ${occupation.label}`;
      const groups = [true, false].map(isEssential => {
        const group = document.createElement('div');
        group.className = 'offered-skills';
        const heading = document.createElement('p');
        heading.textContent = isEssential ? box.dataset.essential : box.dataset.optional;
        group.append(heading);
        skills.filter(s => s.essential === isEssential).forEach((skill, i) => {
          const id = `${box.id}-${isEssential ? 'e' : 'o'}${i}`;
          const target = isEssential ? essential : optional;
          const check = Object.assign(document.createElement('input'), { type: 'checkbox', id, value: skill.uri });
          check.checked = listLines(essential).concat(listLines(optional)).some(l => l.toLowerCase() === skill.label.toLowerCase());
          check.addEventListener('change', () => toggle(target, skill.label, check.checked));
          const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: skill.label });
          if (skill.labelLanguage !== language) {
            label.lang = skill.labelLanguage;
            label.append(` [${skill.labelLanguage.toUpperCase()}]`);
          }
          const row = document.createElement('div');
          row.className = 'check';
          row.append(check, label);
          group.append(row);
        });
        return group;
      });
      box.replaceChildren(legend, ...groups);
      box.hidden = false;
    });
  }
})();
