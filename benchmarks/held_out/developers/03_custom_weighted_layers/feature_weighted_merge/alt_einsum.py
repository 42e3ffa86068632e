# Alternative: einsum over a stacked tensor, with get_config and **kwargs
# Expect: pass
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def __init__(self, initializer="zeros", **kwargs):
        super().__init__(**kwargs)
        self.initializer = initializer

    def build(self, input_shape):
        n_inputs = len(input_shape)
        n_features = input_shape[0][-1]
        self.kernel = self.add_weight(
            shape=(n_inputs, n_features), initializer=self.initializer, name="feature_logits"
        )

    def call(self, inputs):
        mix = ops.softmax(self.kernel, axis=0)
        return ops.einsum("nf,nbf->bf", mix, ops.stack(inputs))

    def compute_output_shape(self, input_shape):
        return input_shape[0]

    def get_config(self):
        return {**super().get_config(), "initializer": self.initializer}
