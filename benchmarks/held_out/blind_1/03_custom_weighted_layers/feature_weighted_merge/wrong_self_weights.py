# Misconception: stores the variable as self.weights, as in Keras 2 tutorials
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        self.weights = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        w = keras.ops.softmax(self.weights, axis=0)
        return sum(w[i] * x for i, x in enumerate(inputs))
