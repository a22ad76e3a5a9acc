/* The dashboard: one filter form (its state in the URL) drives the claim list (swapped by htmx),
   the map and the timeline (JSON endpoints read with the same query string). */
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('map-config').textContent);
  const form = document.getElementById('filters');
  const mapEl = document.getElementById('map');
  const timelineEl = document.getElementById('timeline');
  const onlyView = document.getElementById('only-view');
  const bboxInput = document.getElementById('filter-bbox');
  const placeSelect = document.getElementById('filter-place');
  const fromInput = document.getElementById('filter-from');
  const toInput = document.getElementById('filter-to');
  const clearDates = document.getElementById('timeline-clear');
  const VIEW_KEY = 'claims-map-view';

  function currentQuery() {
    const list = document.getElementById('claim-list');
    return list ? list.dataset.query || '' : '';
  }

  function withQuery(url, query, extra) {
    const params = new URLSearchParams(query);
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    const qs = params.toString();
    return url + (qs ? '?' + qs : '');
  }

  /* Empty fields stay out of the request, so the pushed URL shows only the filters in use. */
  let mapMoved = false; // the next filter request only follows the map: replace, don't push, the URL
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (mapMoved && event.detail.elt === form) {
      event.detail.headers['X-Map-Move'] = '1';
      mapMoved = false;
    }
    const data = event.detail.formData;
    if (event.detail.verb !== 'get' || !data) return;
    Array.from(new Set(data.keys())).forEach(function (name) {
      const values = data.getAll(name).filter(function (v) { return v !== ''; });
      data.delete(name);
      values.forEach(function (v) { data.append(name, v); });
    });
  });

  /* Tell the filter form something changed: htmx sends it, swaps the list, pushes the URL. */
  function filtersChanged() {
    form.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ---------------------------------------------------------------------------------------
  // Map

  const map = L.map(mapEl, { worldCopyJump: true, minZoom: 2, zoomSnap: 0.5 });
  mapEl.leafletMap = map; // for the browser tests and the console
  const saved = sessionStorage.getItem(VIEW_KEY);
  if (config.bbox) {
    map.fitBounds([[config.bbox[0], config.bbox[1]], [config.bbox[2], config.bbox[3]]]);
  } else if (saved) {
    try {
      const view = JSON.parse(saved);
      map.setView([view.lat, view.lng], view.zoom);
    } catch (e) {
      map.fitBounds(config.bounds);
    }
  } else {
    map.fitBounds(config.bounds);
  }
  const base = ClaimsMap.addBaseLayers(map, config, document.getElementById('tiles-note'));
  const summary = document.getElementById('map-summary');
  const placesLayer = new ClaimsMap.PlaceLayer(map, { onClick: onPlaceClick, onDraw: markSelected });
  const offscreen = ClaimsMap.el('div', 'offscreen');
  offscreen.setAttribute('role', 'group');
  offscreen.setAttribute('aria-label', 'Places off the map');
  mapEl.append(offscreen);
  L.DomEvent.disableClickPropagation(offscreen);
  L.DomEvent.disableScrollPropagation(offscreen);

  function wrap(lon) {
    return ((((lon + 180) % 360) + 360) % 360) - 180;
  }

  /* The visible box as south,west,north,east, longitudes wrapped into -180..180. */
  function viewBox() {
    const b = map.getBounds();
    const south = Math.max(-90, b.getSouth());
    const north = Math.min(90, b.getNorth());
    let west = b.getWest();
    let east = b.getEast();
    if (east - west >= 360) {
      west = -180;
      east = 180;
    } else {
      west = wrap(west);
      east = wrap(east);
      if (east === -180) east = 180;
    }
    return [south, west, north, east].map(function (v) { return v.toFixed(4); }).join(',');
  }

  function choosePlace(place) {
    const value = String(place.id);
    if (placeSelect.value === value) {
      placeSelect.value = '';
    } else {
      if (!placeSelect.querySelector('option[value="' + value + '"]')) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = place.name;
        placeSelect.append(option);
      }
      placeSelect.value = value;
    }
    filtersChanged();
  }

  function markSelected() {
    const marker = placeSelect.value ? placesLayer.markerOf(placeSelect.value) : null;
    const icon = marker && marker.getElement();
    if (icon) icon.classList.add('is-selected');
  }

  /* A marker's click: the list shows that place's claims (a second click shows all again), the
     map zooms in on it, and a popup lists its claims under the other filters. */
  const popup = L.popup({ className: 'place-popup', maxWidth: 340, minWidth: 240, autoPanPadding: [24, 24] });
  let popupPlace = null;
  map.on('popupclose', function (e) { if (e.popup === popup) popupPlace = null; });

  function onPlaceClick(place, marker) {
    const wasChosen = placeSelect.value === String(place.id);
    choosePlace(place);
    if (wasChosen) {
      map.closePopup(popup);
      return;
    }
    const zoom = Math.min(map.getMaxZoom(), Math.max(map.getZoom(), place.area ? 5 : 7));
    if (zoom !== map.getZoom()) map.setView([place.lat, place.lon], zoom);
    openPopup(place, marker && map.getZoom() === zoom ? marker.getLatLng() : L.latLng(place.lat, place.lon));
  }

  function openPopup(place, latlng) {
    popupPlace = place.id;
    mapEl.dataset.popup = 'loading';
    popup.setLatLng(latlng).setContent(ClaimsMap.el('div', 'place-popup-body muted', 'Loading the claims at ' + place.name + '…'));
    popup.openOn(map);
    const params = new URLSearchParams(currentQuery());
    params.delete('place');
    params.delete('page');
    params.set('at', String(place.id));
    fetch(config.places_url + '?' + params.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('The claims could not be loaded (' + response.status + ').');
        return response.json();
      })
      .then(function (data) {
        if (popupPlace !== place.id) return;
        popup.setContent(ClaimsMap.popupContent(data));
        mapEl.dataset.popup = String(place.id);
      })
      .catch(function (error) {
        if (popupPlace !== place.id) return;
        popup.setContent(ClaimsMap.el('div', 'place-popup-body error', error.message));
        mapEl.dataset.popup = 'error';
      });
  }

  const ARROWS = { n: '↑', ne: '↗', e: '→', se: '↘', s: '↓', sw: '↙', w: '←', nw: '↖' };
  const SIDES = { n: 'north', ne: 'north-east', e: 'east', se: 'south-east', s: 'south', sw: 'south-west', w: 'west', nw: 'north-west' };

  /* Places with claims off the map: one button per side with how many, that brings them in. */
  function showOutside(outside) {
    offscreen.replaceChildren();
    let total = 0;
    Object.keys(ARROWS).forEach(function (side) {
      const entry = outside && outside[side];
      if (!entry) return;
      total += entry.places;
      const text = ClaimsMap.plural(entry.places, 'place') + ' · ' + ClaimsMap.plural(entry.claims, 'claim');
      const button = ClaimsMap.el('button', 'offscreen-badge offscreen-' + side);
      button.type = 'button';
      button.dataset.side = side;
      button.dataset.places = String(entry.places);
      button.title = 'Show ' + text + ' off the map to the ' + SIDES[side];
      button.append(ClaimsMap.el('span', 'offscreen-arrow', ARROWS[side]), ClaimsMap.el('span', 'offscreen-text', text));
      button.addEventListener('click', function () {
        const box = entry.box;
        map.fitBounds(map.getBounds().extend([[box[0], box[1]], [box[2], box[3]]]), { padding: [30, 30] });
      });
      offscreen.append(button);
    });
    return total;
  }

  let mapRequest = null;
  function refreshMap() {
    if (mapRequest) mapRequest.abort();
    mapRequest = new AbortController();
    mapEl.dataset.state = 'loading';
    const query = currentQuery();
    const url = withQuery(config.places_url, query, { view: viewBox() });
    const places = fetch(url, { signal: mapRequest.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) throw new Error('The map data could not be loaded (' + response.status + ').');
        return response.json();
      });
    Promise.all([places, base.ready])
      .then(function (results) {
        const data = results[0];
        placesLayer.setPlaces(data.places, results[1]);
        const claims = data.places.reduce(function (n, p) { return n + p.count; }, 0);
        const outside = showOutside(data.outside);
        summary.textContent = ClaimsMap.plural(data.places.length, 'place') + ' in view' +
          (data.truncated ? ' (the busiest shown)' : '') + (outside ? ' · ' + outside + ' off the map' : '');
        mapEl.dataset.state = 'ready';
        mapEl.dataset.query = query;
        mapEl.dataset.places = String(data.places.length);
        mapEl.dataset.claims = String(claims);
        mapEl.dataset.outside = String(outside);
      })
      .catch(function (error) {
        if (error.name === 'AbortError') return;
        mapEl.dataset.state = 'error';
        summary.textContent = error.message;
      });
  }

  let moveTimer = null;
  map.on('moveend', function () {
    const c = map.getCenter();
    sessionStorage.setItem(VIEW_KEY, JSON.stringify({ lat: c.lat, lng: c.lng, zoom: map.getZoom() }));
    clearTimeout(moveTimer);
    moveTimer = setTimeout(function () {
      if (onlyView.checked) {
        bboxInput.value = viewBox();
        mapMoved = true;
        filtersChanged(); // the list swap then refreshes map and timeline
      } else {
        refreshMap();
      }
    }, 250);
  });

  onlyView.addEventListener('change', function () {
    bboxInput.value = onlyView.checked ? viewBox() : '';
    filtersChanged();
  });

  // ---------------------------------------------------------------------------------------
  // Timeline

  let timelineData = null;
  let timelineRequest = null;
  const timelineCaption = document.getElementById('timeline-caption');

  function setDates(from, to) {
    fromInput.value = from || '';
    toInput.value = to || '';
    filtersChanged();
  }

  function drawTimeline() {
    if (timelineData) ClaimsTimeline.render(timelineEl, timelineData, setDates, { from: fromInput.value, to: toInput.value });
  }

  /* Event date (what the claim is about) or the day it was reported: the chart's basis. */
  const basisInputs = document.querySelectorAll('input[name="timeline-basis"]');
  function basis() {
    const checked = document.querySelector('input[name="timeline-basis"]:checked');
    return checked ? checked.value : 'event';
  }
  basisInputs.forEach(function (input) { input.addEventListener('change', function () { refreshTimeline(); }); });

  function refreshTimeline() {
    if (timelineRequest) timelineRequest.abort();
    timelineRequest = new AbortController();
    timelineEl.dataset.state = 'loading';
    const query = currentQuery();
    fetch(withQuery(config.timeline_url, query, basis() === 'report' ? { basis: 'report' } : {}), {
      signal: timelineRequest.signal, headers: { Accept: 'application/json' }, credentials: 'same-origin',
    })
      .then(function (response) {
        if (!response.ok) throw new Error('The timeline could not be loaded (' + response.status + ').');
        return response.json();
      })
      .then(function (data) {
        timelineData = data;
        drawTimeline();
        timelineCaption.textContent = ClaimsTimeline.caption(data);
        timelineEl.dataset.state = 'ready';
        timelineEl.dataset.query = query;
        timelineEl.dataset.total = String(data.total);
      })
      .catch(function (error) {
        if (error.name === 'AbortError') return;
        timelineEl.dataset.state = 'error';
        timelineCaption.textContent = error.message;
      });
  }

  clearDates.addEventListener('click', function () { setDates('', ''); });

  if (window.ResizeObserver) {
    let resizeTimer = null;
    new ResizeObserver(function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () { drawTimeline(); map.invalidateSize(); }, 100);
    }).observe(timelineEl);
  }

  // ---------------------------------------------------------------------------------------
  // Keeping the panels together

  let shownQuery = null;
  function refreshPanels(force) {
    const query = currentQuery();
    if (!force && query === shownQuery) return;
    shownQuery = query;
    clearDates.hidden = !(fromInput.value || toInput.value);
    refreshMap();
    refreshTimeline();
  }

  document.body.addEventListener('htmx:afterSettle', function (event) {
    const target = event.detail && event.detail.target;
    if (target && target.id === 'claim-list') refreshPanels(false);
  });

  /* A review here, or new claims from the workers (the change poller): redraw everything. A
     review form the analyst has open in the list is not thrown away; the list catches up on the
     next change. */
  document.body.addEventListener('claims-changed', function (event) {
    refreshPanels(true);
    const list = document.getElementById('claim-list');
    if (!list) return;
    const open = Array.prototype.filter.call(list.querySelectorAll('form.review-form'), function (f) {
      return f !== event.target;
    });
    if (!open.length) {
      htmx.ajax('GET', withQuery(form.getAttribute('action'), currentQuery(), currentPage()), {
        target: '#claim-list', swap: 'outerHTML',
      });
    }
  });

  function currentPage() {
    const page = new URLSearchParams(window.location.search).get('page');
    return page ? { page: page } : {};
  }

  /* Saving the view saves the filter the list shows now. */
  const saveView = document.getElementById('save-view');
  if (saveView) {
    saveView.addEventListener('submit', function () { saveView.elements.query.value = currentQuery(); });
  }

  refreshPanels(true);
})();
