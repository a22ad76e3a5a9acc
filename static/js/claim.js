/* The claim page: the claim's places on a small map, and the claim scrolled into view in its
   report. Place names go into tooltips as text, never as HTML. */
(function () {
  'use strict';

  const mark = document.getElementById('claim-mark');
  if (mark) mark.scrollIntoView({ block: 'center' });

  const holder = document.getElementById('claim-map');
  if (!holder) return;
  const config = JSON.parse(document.getElementById('claim-map-config').textContent);
  const map = L.map(holder, { scrollWheelZoom: false, minZoom: 2 });
  const base = ClaimsMap.addBaseLayers(map, config, document.getElementById('tiles-note'));
  const layer = L.layerGroup().addTo(map);
  let basemap = null;

  function currentStatus() {
    const panel = document.getElementById('claim-review');
    return panel ? panel.dataset.status : 'unverified';
  }

  function draw() {
    layer.clearLayers();
    const status = currentStatus();
    config.places.forEach(function (place) {
      ClaimsMap.addPlace(layer, Object.assign({}, place, { status: status }), null, basemap);
    });
  }

  draw();
  const points = config.places.map(function (p) { return [p.lat, p.lon]; });
  if (points.length === 1) {
    map.setView(points[0], config.places[0].area ? 6 : 8);
  } else {
    map.fitBounds(points, { padding: [24, 24], maxZoom: 8 });
  }
  // Areas are redrawn as their region's outline once the offline basemap is in.
  base.ready.then(function (loaded) {
    basemap = loaded;
    if (basemap) draw();
    holder.dataset.state = 'ready';
  });

  // After a review the marker takes the claim's new status colour.
  document.body.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail && event.detail.target && event.detail.target.id === 'claim-review') draw();
  });
})();
