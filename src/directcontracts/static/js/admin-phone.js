// The back office's lists on a phone (admin-phone.css): each cell of a change list gets its
// column's name, shown before the value once the table is stacked into cards.
document.addEventListener("DOMContentLoaded", () => {
  const table = document.getElementById("result_list");
  if (!table || !table.tHead || !table.tBodies.length) return;
  // A sorted column's heading also holds its sort priority ("1"): take the name only.
  const names = Array.from(table.tHead.rows[0].cells, (cell) =>
    (cell.querySelector(".text") || cell).textContent.trim(),
  );
  for (const row of table.tBodies[0].rows) {
    Array.from(row.cells).forEach((cell, index) => {
      if (names[index]) cell.dataset.label = names[index];
    });
  }
});
