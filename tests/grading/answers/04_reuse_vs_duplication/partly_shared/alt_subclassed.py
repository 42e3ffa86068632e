# Alternative: a subclassed model that holds the given layers and the duplicate.
# Expect: pass
class PartlyShared(keras.Model):
    def __init__(self, stem, top, **kwargs):
        super().__init__(**kwargs)
        self.stem = stem
        self.query_top = top
        config = top.get_config()
        config["name"] = "document_top"
        self.document_top = type(top).from_config(config)
        self.head = keras.layers.Dense(1, activation="sigmoid")

    def call(self, inputs):
        query, document = inputs
        merged = keras.ops.concatenate(
            [self.query_top(self.stem(query)), self.document_top(self.stem(document))], axis=-1
        )
        return self.head(merged)


def build_partly_shared_model(encoder):
    model = PartlyShared(*encoder.layers)
    model([keras.Input(shape=(8,)), keras.Input(shape=(8,))])
    return model
