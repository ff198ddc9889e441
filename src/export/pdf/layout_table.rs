//! Laying out a table: its rows kept whole, its header row shaded and repeated on each new
//! page (as an artifact there), a rule under each row.

use super::super::fonts::wrap;
use super::{spec, Layout, Owner, Page, Rect, Run, CELL_PADDING, CONTENT_WIDTH, LEFT};
use super::{Style, TableBlock, BOTTOM, TOP};

impl Layout<'_> {
    pub(super) fn table(&mut self, table: &TableBlock) {
        self.y += spec(Style::Body).4;
        let columns = &table.columns;
        let header = self.cells(&table.header, Style::HeaderCell, columns);
        let first = table
            .rows
            .first()
            .map(|r| self.cells(r, Style::Cell, columns));
        self.ensure(header.1 + first.as_ref().map_or(0.0, |f| f.1));
        self.row(&table.header, &header, Style::HeaderCell, None, columns);
        for row in &table.rows {
            let laid = self.cells(row, Style::Cell, columns);
            if self.y + laid.1 > BOTTOM && self.y > TOP {
                self.pages.push(Page::default());
                self.y = TOP;
                self.row(
                    &table.header,
                    &header,
                    Style::HeaderCell,
                    Some(Owner::RepeatedHeader),
                    columns,
                );
            }
            self.row(row, &laid, Style::Cell, None, columns);
        }
        self.y += spec(Style::Body).4;
    }

    /// A row's cells broken into lines, and the row's height.
    fn cells(
        &mut self,
        cells: &[(usize, String)],
        style: Style,
        columns: &[f32],
    ) -> (Vec<Vec<String>>, f32) {
        let (size, bold, line_height, ..) = spec(style);
        let lines: Vec<Vec<String>> = cells
            .iter()
            .zip(columns)
            .map(|((_, text), share)| {
                let width = CONTENT_WIDTH * share - 2.0 * CELL_PADDING;
                wrap(self.fonts, text, width, size, bold)
            })
            .collect();
        let most = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        (lines, most as f32 * line_height + 2.0 * CELL_PADDING)
    }

    fn row(
        &mut self,
        cells: &[(usize, String)],
        laid: &(Vec<Vec<String>>, f32),
        style: Style,
        owner: Option<Owner>,
        columns: &[f32],
    ) {
        let line_height = spec(style).2;
        let (top, height) = (self.y, laid.1);
        if style == Style::HeaderCell {
            self.page().rects.push(Rect {
                x: LEFT,
                y: top,
                width: CONTENT_WIDTH,
                height,
                grey: 217,
            });
        }
        let mut x = LEFT;
        for (((leaf, _), lines), share) in cells.iter().zip(&laid.0).zip(columns) {
            for (n, line) in lines.iter().enumerate().filter(|(_, l)| !l.is_empty()) {
                self.page().runs.push(Run {
                    x: x + CELL_PADDING,
                    baseline: top + CELL_PADDING + line_height * (n as f32 + 0.78),
                    style,
                    text: line.clone(),
                    owner: owner.unwrap_or(Owner::Leaf(*leaf)),
                });
            }
            x += CONTENT_WIDTH * share;
        }
        self.page().rects.push(Rect {
            x: LEFT,
            y: top + height - 0.5,
            width: CONTENT_WIDTH,
            height: 0.5,
            grey: 166,
        });
        self.y = top + height;
    }
}
