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
        list.replaceChildren(...suggestions.map(s => {
          const option = document.createElement('option');
          option.value = s.label;
          if (s.matchedLabel !== s.label) option.label = s.matchedLabel;
          return option;
        }));
      }, 150);
    });
  }
})();
