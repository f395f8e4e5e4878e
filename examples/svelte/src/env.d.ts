/// <reference types="svelte" />
/// <reference types="vite/client" />
/// <reference types="conflict-timeline/svelte" />
