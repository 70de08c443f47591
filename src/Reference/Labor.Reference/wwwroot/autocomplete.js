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
      const lines = target.value.split('\n').map(l => l.trim()).filter(Boolean);
      if (!lines.some(l => l.toLowerCase() === picked.toLowerCase())) lines.push(picked);
      target.value = lines.join('\n');
      search.value = '';
    });
  }
})();
