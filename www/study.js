// The study page's own script: its "Test yourself" box switches the widget's mode attribute.
const atlas = document.getElementById('atlas');
document.getElementById('quiz').addEventListener('change', (event) => {
  atlas.mode = event.target.checked ? 'study' : 'practitioner';
});
