# Misconception: the logits are the mixing weights directly
# Expect: fail
class FeatureWeightedMerge(keras.layers.Layer):
    """Mixes its inputs feature by feature."""

    def build(self, input_shape):
        n, features = len(input_shape), input_shape[0][-1]
        self.logits = self.add_weight(shape=(n, features), initializer="ones", name="logits")

    def call(self, inputs):
        return sum(self.logits[i] * x for i, x in enumerate(inputs))
