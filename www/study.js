// The study page's own script: its "Test yourself" box switches the widget's mode attribute,
// and it lists the locate quiz's answers from the widget's acu-quiz events (the widget stores
// nothing; a school's page keeps what it wants).
const atlas = document.getElementById('atlas');
document.getElementById('quiz').addEventListener('change', (event) => {
  atlas.mode = event.target.checked ? 'study' : 'practitioner';
});
const results = document.getElementById('results');
atlas.addEventListener('acu-quiz', (event) => {
  const d = event.detail;
  const item = document.createElement('li');
  item.textContent = d.type === 'answer'
    ? `${d.point}: ${d.distance} B-cun off${d.found ? ' (found)' : ''}`
    : `Round: ${Math.round(d.score * 100)}% found, median ${d.median} B-cun`;
  results.append(item);
  results.closest('section').hidden = false;
});
