# Alternative: a custom layer holding the given stem, the given top and its duplicate
# Expect: pass
class PartlyShared(keras.layers.Layer):
    def __init__(self, stem, top, **kwargs):
        super().__init__(**kwargs)
        self.stem = stem
        self.top = top
        config = top.get_config()
        config["name"] = "twin_top"
        self.twin = keras.layers.Dense.from_config(config)

    def call(self, inputs):
        query, document = inputs
        return keras.ops.concatenate([self.top(self.stem(query)), self.twin(self.stem(document))], axis=-1)


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    merged = PartlyShared(stem, top)([query, document])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
