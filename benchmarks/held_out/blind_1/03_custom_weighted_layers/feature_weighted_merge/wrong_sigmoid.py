# Misconception: a sigmoid per weight keeps them between 0 and 1
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        n, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, features), initializer="zeros", name="logits")

    def call(self, inputs):
        w = keras.ops.sigmoid(self.logits)
        return sum(w[i] * x for i, x in enumerate(inputs))
