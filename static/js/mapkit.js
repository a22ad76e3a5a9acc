/* Shared map pieces: the tile layer (with a visible note when tiles fail), status markers and
   areas. Every text a user could have written is set with textContent, never as HTML. */
(function () {
  'use strict';

  const LABELS = {
    confirmed: 'Confirmed',
    denied: 'Denied',
    disputed: 'Disputed',
    unverified: 'Unverified',
    mixed: 'Mixed',
  };
  const ORDER = ['confirmed', 'denied', 'disputed', 'unverified'];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function statusColour(status) {
    return getComputedStyle(document.documentElement).getPropertyValue('--status-' + status).trim() || '#777';
  }

  /* A base layer from the configured URL. When tiles fail, the note says so; markers and areas
     do not depend on tiles. */
  function addTiles(map, config, note) {
    if (!config.tiles) {
      if (note) note.hidden = false;
      return null;
    }
    let loaded = 0;
    let failed = 0;
    const layer = L.tileLayer(config.tiles, { attribution: config.attribution || '', maxZoom: 18 });
    layer.on('tileerror', function () {
      failed += 1;
      if (note && loaded === 0) note.hidden = false;
      map.getContainer().dataset.tiles = 'failed';
    });
    layer.on('tileload', function () {
      loaded += 1;
      if (note && failed === 0) note.hidden = true;
      map.getContainer().dataset.tiles = 'loaded';
    });
    layer.addTo(map);
    return layer;
  }

  function pieBackground(statuses) {
    const total = ORDER.reduce(function (sum, s) { return sum + (statuses[s] || 0); }, 0) || 1;
    let at = 0;
    const stops = [];
    ORDER.forEach(function (s) {
      const n = statuses[s] || 0;
      if (!n) return;
      const from = (at / total) * 360;
      at += n;
      const to = (at / total) * 360;
      stops.push(statusColour(s) + ' ' + from.toFixed(1) + 'deg ' + to.toFixed(1) + 'deg');
    });
    return 'conic-gradient(' + stops.join(', ') + ')';
  }

  function breakdown(place) {
    return ORDER.filter(function (s) { return place.statuses && place.statuses[s]; })
      .map(function (s) { return place.statuses[s] + ' ' + LABELS[s].toLowerCase(); })
      .join(', ');
  }

  /* The tooltip of a place: name, count, statuses. Built from DOM nodes, so a place name is text. */
  function tooltipContent(place) {
    const box = el('div', 'map-tip');
    box.append(el('strong', 'map-tip-name', place.name));
    const count = place.count === undefined ? null : place.count + (place.count === 1 ? ' claim' : ' claims');
    if (count) box.append(el('div', 'map-tip-count', count));
    const detail = breakdown(place);
    if (detail) box.append(el('div', 'map-tip-statuses', detail));
    if (place.mention && place.mention !== place.name) box.append(el('div', 'map-tip-mention', '“' + place.mention + '”'));
    return box;
  }

  function markerIcon(place) {
    const status = place.status || 'unverified';
    const pin = el('div', 'pin pin-' + status);
    pin.dataset.placeId = String(place.id);
    pin.dataset.status = status;
    const count = place.count === undefined ? '' : String(place.count);
    pin.append(el('span', 'pin-count', count));
    pin.append(el('span', 'visually-hidden', ' ' + LABELS[status]));
    if (status === 'mixed') pin.style.backgroundImage = pieBackground(place.statuses || {});
    const size = place.count ? Math.round(24 + Math.min(16, Math.log2(place.count) * 3)) : 20;
    pin.style.width = size + 'px';
    pin.style.height = size + 'px';
    return L.divIcon({ html: pin, className: 'pin-holder', iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
  }

  /* A marker with the claim count and the status shape/colour, plus its area when it is one. */
  function addPlace(layer, place, onClick) {
    if (place.area && place.radius_km) {
      L.circle([place.lat, place.lon], {
        radius: place.radius_km * 1000,
        className: 'area area-' + (place.status || 'unverified'),
        interactive: false,
      }).addTo(layer);
    }
    const label = place.name + ': ' + (place.count === undefined ? '' : place.count + ' claims, ') + LABELS[place.status || 'unverified'];
    const marker = L.marker([place.lat, place.lon], {
      icon: markerIcon(place),
      keyboard: true,
      title: '',
      alt: label,
      riseOnHover: true,
      // A place inside an area (Kursk in the Kursk region) stays clickable above the area's marker.
      zIndexOffset: place.area ? -1000 : 0,
    });
    marker.bindTooltip(tooltipContent(place), { direction: 'top', offset: [0, -10] });
    if (onClick) marker.on('click', function () { onClick(place); });
    marker.addTo(layer);
    const icon = marker.getElement();
    if (icon) icon.setAttribute('aria-label', label);
    return marker;
  }

  window.ClaimsMap = {
    LABELS: LABELS,
    ORDER: ORDER,
    el: el,
    statusColour: statusColour,
    addTiles: addTiles,
    addPlace: addPlace,
    tooltipContent: tooltipContent,
  };
})();
