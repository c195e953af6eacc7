//! Layers of the body map besides the markers: the landmark and cun-scale overlay students
//! switch on to see how points are found, the meridian paths, and the meridian legend.

use super::{lang, strings, WidgetState};
use crate::catalog;
use crate::figure::{self, Figure, MEASUREMENTS};
use crate::model::{MeridianKind, Point};
use crate::strings::fill;
use crate::text::{decimal, push_path_command};
use super::body_map::translate_scale;
use leptos::prelude::*;

/// Every landmark of the view, and every standard measurement it can show as a scale with a
/// tick at each B-cun.
#[component]
pub fn Landmarks(figure: &'static Figure<'static>) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    // Marks and names keep their size on screen at any zoom, like the point markers.
    let upright = move |at: (f32, f32)| translate_scale(at, 1.0 / state.viewport.get().scale);
    let scales = MEASUREMENTS
        .iter()
        .filter_map(|m| {
            let unit = figure.cun(m)?;
            let a = figure.landmark(m.from)?;
            let b = if m.to == m.from { figure.mirror(a) } else { figure.landmark(m.to)? };
            let length = unit * m.cun;
            // Ticks across the line at every B-cun.
            let (ux, uy) = ((b.0 - a.0) / length, (b.1 - a.1) / length);
            let mut ticks = String::new();
            for i in 0..=m.cun as usize {
                let (x, y) = (a.0 + ux * unit * i as f32, a.1 + uy * unit * i as f32);
                push_path_command(&mut ticks, 'M', &[x, y]);
                push_path_command(&mut ticks, 'l', &[-uy * 3.0, ux * 3.0]);
                push_path_command(&mut ticks, 'm', &[uy * 3.0, -ux * 3.0]);
                push_path_command(&mut ticks, 'l', &[uy * 3.0, -ux * 3.0]);
            }
            let mut line = String::new();
            push_path_command(&mut line, 'M', &[a.0, a.1]);
            push_path_command(&mut line, 'L', &[b.0, b.1]);
            let label = fill(strings().cun_label, &[("cun", &decimal(m.cun, 2))]);
            let middle = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            Some(acu_view! {
                <g class="scale">
                    <path class="scale-line" d=line />
                    <path class="scale-ticks" d=ticks />
                    <text transform=move || upright(middle) x="4" y="-3">{label}</text>
                </g>
            })
        })
        .collect_view();
    let lang = lang();
    let landmarks = figure
        .landmarks
        .iter()
        .map(|&(name, x, y)| {
            let mirrored = (!figure.on_midline((x, y)) && figure.midline.is_some()).then(|| figure.mirror((x, y)));
            acu_view! {
                <g class="landmark" data-landmark=name>
                    <path transform=move || upright((x, y)) d="M0 -3l3 3-3 3-3-3z" />
                    {mirrored.map(|m| acu_view! { <path transform=move || upright(m) d="M0 -3l3 3-3 3-3-3z" /> })}
                    <text transform=move || upright((x, y)) x="5" y="3">{lang.landmark(name)}</text>
                </g>
            }
        })
        .collect_view();
    acu_view! {
        <g class="overlay" aria-hidden="true" data-testid="overlay-layer">
            {scales}
            {landmarks}
        </g>
    }
}

/// Each meridian's visible points on this view, in number order, one side at a time.
fn meridian_paths(points: &[&'static Point], view: &str) -> Vec<(&'static str, String)> {
    let mut by_meridian: Vec<(&'static str, Vec<&'static Point>)> = Vec::new();
    // The extra points are groups, not channels: no path joins them.
    let on_a_channel = |p: &&&'static Point| catalog::meridian(p.meridian).is_some_and(|m| m.kind == MeridianKind::Channel);
    for point in points.iter().filter(on_a_channel) {
        match by_meridian.iter_mut().find(|(m, _)| *m == point.meridian) {
            Some((_, list)) => list.push(point),
            None => by_meridian.push((point.meridian, vec![point])),
        }
    }
    let mut paths = Vec::new();
    for (meridian, mut list) in by_meridian {
        list.sort_by_key(|p| p.number);
        for side in 0..2 {
            let line: Vec<(f32, f32)> = list
                .iter()
                .filter_map(|p| {
                    let positions = p.positions_on(view);
                    positions.get(side).or(positions.first()).copied()
                })
                .collect();
            let single_line = list.iter().all(|p| p.positions_on(view).len() < 2);
            if line.len() >= 2 && !(side == 1 && single_line) {
                paths.push((meridian, figure::smooth_open_path(&line)));
            }
        }
    }
    paths
}

#[component]
pub fn MeridianPaths(on_view: Memo<Vec<&'static Point>>) -> impl IntoView {
    let state = expect_context::<WidgetState>();
    acu_view! {
        <g class="paths" aria-hidden="true">
            {move || {
                meridian_paths(&on_view.get(), state.view.get())
                    .into_iter()
                    .map(|(m, d)| acu_view! { <path class=format!("path m-{m}") d=d data-meridian=m /> })
                    .collect_view()
            }}
        </g>
    }
}

/// The meridians drawn on this view: colour, line style and name (colour is never the only
/// signal: each has its own dash pattern and its code).
#[component]
pub fn Legend(on_view: Memo<Vec<&'static Point>>) -> impl IntoView {
    let lang = lang();
    let meridians = move || {
        let points = on_view.get();
        catalog::MERIDIANS
            .iter()
            .filter_map(|m| {
                let count = points.iter().filter(|p| p.meridian == m.code).count();
                (count > 0).then_some((m, count))
            })
            .collect::<Vec<_>>()
    };
    acu_view! {
        <ul class="legend" aria-label=strings().legend_label data-testid="legend">
            {move || {
                meridians()
                    .into_iter()
                    .map(|(m, count)| {
                        acu_view! {
                            <li class=format!("m-{}", m.code)>
                                <svg class="legend-line" viewBox="0 0 28 10" aria-hidden="true">
                                    <path class=format!("path m-{}", m.code) d="M1 5h26" />
                                    <circle class="dot" cx="14" cy="5" r="3.5" />
                                </svg>
                                <span class="code">{m.code}</span>
                                " "
                                {lang.meridian(m.code)}
                                " "
                                <span class="count">"(" {count} ")"</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
