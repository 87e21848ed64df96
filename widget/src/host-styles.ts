// Styles of the host element itself, which lives in the shop's DOM. The shop's own rules reach it
// (`* { all: unset; color: red !important }` matches it), and for normal declarations the shop's
// win over `:host`. For !important declarations the cascade reverses across the shadow boundary:
// the shadow tree's `:host { … !important }` beats any !important rule of the page, whatever its
// specificity. So the host resets everything here with !important and sets what its content
// inherits. Custom properties survive `all`, which is how owners theme the widget (--opinia-*).
// Sizes are px/em, never rem: rem follows the shop's <html> font size. (`all:initial` already gives text-align:start
// and content-box, which is right for a host without padding or border.) window.opinia("close") sets
// data-opinia="close" on the host (loader.ts), which hides it whatever --opinia-display says.
export const HOST_CSS = `:host{all:initial!important;display:var(--opinia-display,block)!important;max-width:var(--opinia-max-width,36em)!important;margin:var(--opinia-margin,1.5em 0)!important;font:var(--opinia-font-size,16px)/1.5 var(--opinia-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif)!important;color:var(--opinia-text,#1f2328)!important}:host([data-opinia=close]){display:none!important}`;
