# Alternative: a custom layer for one side (the shared stem, then its own top), used twice with
# different tops; clone_model on a one-layer Sequential makes the duplicate.
# Expect: pass
class Side(keras.layers.Layer):
    def __init__(self, stem, top, **kwargs):
        super().__init__(**kwargs)
        self.stem = stem
        self.top = top

    def call(self, inputs):
        return self.top(self.stem(inputs))


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    wrapper = keras.models.clone_model(keras.Sequential([keras.Input((stem.units,)), top]))
    document_top = wrapper.layers[0]
    document_top.name = "document_top"
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    codes = [Side(stem, top)(query), Side(stem, document_top)(document)]
    return keras.Model(
        [query, document],
        keras.layers.Dense(1, activation="sigmoid")(keras.layers.concatenate(codes)),
    )
