/// <reference types="vite/client" />
/// <reference types="conflict-timeline/vue" />
