/*
 * The roll call keeps working without a connection. Every tap (a status, a note) is kept at once in
 * localStorage, under the session's key, and sent shortly after to attendance/marks as one save
 * (all its rows or none). A save goes out with a client key and keeps it until the server answers,
 * so sending it again after a lost answer changes nothing. Without a connection the marks wait,
 * the page says how many, and they go out when the browser is back online (or on the next try).
 * All words come from the page (data-msg-*), which takes them from the message bundles.
 */
(function () {
  'use strict';

  var RETRY_MS = 10000;
  var DEBOUNCE_MS = 1200;

  function start() {
    var root = document.getElementById('rollCallData');
    if (!root || !window.localStorage || !window.fetch) {
      return;
    }
    var storeKey = root.dataset.store;
    var state = load();
    var sending = false;
    var timer = null;
    var rows = {};
    var unmarkedAtLoad = {};
    Array.prototype.forEach.call(root.querySelectorAll('.roll-row'), function (row) {
      rows[row.dataset.person] = row;
      unmarkedAtLoad[row.dataset.person] = !row.dataset.status;
    });

    /* "3 of 25 participants marked": the server's count plus the rows marked here since. */
    function recount() {
      var counts = document.getElementById('rollCountsText');
      var pattern = document.getElementById('rollCountsPattern');
      if (!counts || !pattern) {
        return;
      }
      var marked = Number(counts.dataset.marked);
      Object.keys(rows).forEach(function (id) {
        if (unmarkedAtLoad[id] && chosen(rows[id])) {
          marked++;
        }
      });
      var lang = document.documentElement.lang || undefined;
      counts.textContent = pattern.content.textContent
        .replace('{0}', marked.toLocaleString(lang))
        .replace('{1}', Number(counts.dataset.taking).toLocaleString(lang));
    }

    function load() {
      try {
        var saved = JSON.parse(localStorage.getItem(storeKey) || '{}');
        return { pending: saved.pending || {}, outbox: saved.outbox || null };
      } catch (e) {
        return { pending: {}, outbox: null };
      }
    }

    function keep() {
      localStorage.setItem(storeKey, JSON.stringify(state));
    }

    function newKey() {
      if (window.crypto && crypto.randomUUID) {
        return crypto.randomUUID();
      }
      return 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2, 12);
    }

    function waiting() {
      var people = {};
      Object.keys(state.pending).forEach(function (id) { people[id] = true; });
      if (state.outbox) {
        state.outbox.marks.forEach(function (m) { people[m.personId] = true; });
      }
      return people;
    }

    function show(text, problem) {
      var el = document.getElementById('rollState');
      el.textContent = text;
      el.classList.toggle('roll-state-problem', !!problem);
    }

    function refresh(message, problem) {
      recount();
      var people = waiting();
      Object.keys(rows).forEach(function (id) {
        var unsaved = rows[id].querySelector('.roll-unsaved');
        unsaved.hidden = !people[id];
        rows[id].classList.toggle('roll-row-unsaved', !!people[id]);
      });
      var count = Object.keys(people).length;
      var counted = root.dataset.msgPending + ' ' + count;
      if (message) {
        show(count > 0 && problem ? message + ' ' + counted : message, problem);
      } else if (count > 0) {
        show(counted, false);
      } else {
        show(root.dataset.msgSaved, false);
      }
    }

    /* Marks kept from an earlier visit (or another page of the list) shown on this page. */
    function applyKept() {
      var kept = {};
      if (state.outbox) {
        state.outbox.marks.forEach(function (m) { kept[m.personId] = m; });
      }
      Object.keys(state.pending).forEach(function (id) { kept[id] = state.pending[id]; });
      Object.keys(kept).forEach(function (id) {
        var row = rows[id];
        if (!row) {
          return;
        }
        var radio = row.querySelector('input[type=radio][value="' + kept[id].status + '"]');
        if (radio) {
          radio.checked = true;
        }
        row.querySelector('textarea').value = kept[id].note || '';
      });
    }

    function chosen(row) {
      var radio = row.querySelector('input[type=radio]:checked');
      return radio ? radio.value : null;
    }

    function changed(row) {
      var status = chosen(row);
      var note = row.querySelector('textarea').value;
      if (!status) {
        return;
      }
      if (status === row.dataset.status && note.trim() === (row.dataset.note || '').trim()) {
        delete state.pending[row.dataset.person];
      } else {
        state.pending[row.dataset.person] = { personId: Number(row.dataset.person), status: status, note: note };
      }
      keep();
      refresh();
      later(DEBOUNCE_MS);
    }

    function later(ms) {
      clearTimeout(timer);
      timer = setTimeout(send, ms);
    }

    function settled(sent) {
      sent.forEach(function (m) {
        var row = rows[m.personId];
        if (row) {
          row.dataset.status = m.status;
          row.dataset.note = m.note || '';
        }
        var now = state.pending[m.personId];
        if (now && now.status === m.status && (now.note || '') === (m.note || '')) {
          delete state.pending[m.personId];
        }
      });
      state.outbox = null;
      keep();
    }

    function send() {
      if (sending) {
        return;
      }
      if (!state.outbox) {
        var marks = Object.keys(state.pending).map(function (id) { return state.pending[id]; });
        if (marks.length === 0) {
          refresh();
          return;
        }
        state.outbox = { clientKey: newKey(), marks: marks };
        keep();
      }
      if (navigator.onLine === false) {
        refresh(root.dataset.msgOffline, true);
        later(RETRY_MS);
        return;
      }
      sending = true;
      refresh(root.dataset.msgSaving);
      var outbox = state.outbox;
      fetch(root.dataset.endpoint, {
        method: 'POST',
        credentials: 'same-origin',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(outbox)
      }).then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (response.ok && type.indexOf('json') >= 0) {
          settled(outbox.marks);
          refresh();
          if (Object.keys(state.pending).length > 0) {
            later(DEBOUNCE_MS);
          }
        } else if (type.indexOf('json') >= 0 && response.status >= 400 && response.status < 500) {
          /* Refused as a whole (a person no longer enrolled, say): nothing was saved. */
          state.outbox = null;
          keep();
          return response.json().then(function (problem) {
            refresh(root.dataset.msgRefused + ' ' + (problem.detail || ''), true);
          });
        } else {
          /* Signed out meanwhile (the login page answered) or the server failed: try again later. */
          refresh(root.dataset.msgSignIn, true);
          later(RETRY_MS * 3);
        }
      }, function () {
        refresh(root.dataset.msgOffline, true);
        later(RETRY_MS);
      }).then(function () {
        sending = false;
      });
    }

    root.addEventListener('change', function (event) {
      var row = event.target.closest('.roll-row');
      if (row) {
        changed(row);
      }
    });
    root.addEventListener('input', function (event) {
      var row = event.target.closest('.roll-row');
      if (row && event.target.tagName === 'TEXTAREA') {
        changed(row);
      }
    });
    document.getElementById('rollCall:save').addEventListener('click', function (event) {
      event.preventDefault();
      Object.keys(rows).forEach(function (id) { changed(rows[id]); });
      send();
    });
    document.getElementById('rollCall:allPresent').addEventListener('click', function (event) {
      /* A long roll call is marked on the server, every page at once; first what waits here. */
      if (root.dataset.paged === 'true' && navigator.onLine !== false
          && Object.keys(waiting()).length === 0) {
        return;
      }
      event.preventDefault();
      Object.keys(rows).forEach(function (id) {
        var row = rows[id];
        var present = row.querySelector('input[type=radio][value="PRESENT"]');
        if (!chosen(row) && present) {
          present.checked = true;
          changed(row);
        }
      });
      send();
    });
    window.addEventListener('online', function () { later(0); });
    window.addEventListener('offline', function () { refresh(root.dataset.msgOffline, true); });

    applyKept();
    refresh();
    if (Object.keys(waiting()).length > 0) {
      later(0);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
