# Misconception: the learned logits can be used directly as mixing weights, training will normalise them
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        n = len(input_shape)
        self.w = self.add_weight(
            shape=(n, input_shape[0][-1]), initializer=keras.initializers.Constant(1.0 / n)
        )

    def call(self, inputs):
        return sum(self.w[i] * x for i, x in enumerate(inputs))
