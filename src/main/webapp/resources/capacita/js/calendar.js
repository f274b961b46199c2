/* The workshop calendar on a narrow screen (a phone): the month as an agenda list, at its full height. */
window.capacitaCalendar = function () {
  if (window.matchMedia('(max-width: 640px)').matches) {
    this.cfg.options.initialView = 'listMonth';
    this.cfg.options.height = 'auto';
  }
};
