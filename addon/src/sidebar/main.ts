document.getElementById("app")!.textContent = "Сводка";
