// Entry point: mounts the dashboard. No inline script anywhere (the page's CSP allows 'self' only).
import 'uplot/dist/uPlot.min.css';
import './close-loop/close-loop.css';
import { render } from 'preact';
import { App } from './App.tsx';

const root = document.getElementById('app');
if (root) render(<App />, root);
