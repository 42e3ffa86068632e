# Alternative: the inputs stacked and mixed by einsum; the softmax by a Softmax sublayer
# over axis 0.
# Expect: pass
class FeatureWeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.normalise = keras.layers.Softmax(axis=0)

    def build(self, input_shape):
        self.mix_logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="ones"
        )

    def call(self, inputs):
        weights = self.normalise(self.mix_logits)
        return keras.ops.einsum("nf,nbf->bf", weights, keras.ops.stack(inputs, axis=0))
