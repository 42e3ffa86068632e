# Alternative: adds __init__ with an initializer argument and get_config
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def __init__(self, initializer="zeros", **kwargs):
        super().__init__(**kwargs)
        self.initializer = initializer

    def get_config(self):
        return {**super().get_config(), "initializer": self.initializer}

    def build(self, input_shape):
        self.alpha = self.add_weight(name="alpha", shape=(len(input_shape), input_shape[-1][-1]),
                                     initializer=self.initializer)

    def call(self, inputs):
        w = keras.ops.softmax(self.alpha, axis=0)
        return keras.ops.sum(keras.ops.stack(inputs, axis=0) * w[:, None, :], axis=0)
