# Misconception: the logits themselves are the mixing weights
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        n = len(input_shape)
        self.logits = self.add_weight(shape=(n, input_shape[0][-1]), initializer=keras.initializers.Constant(1.0 / n))

    def call(self, inputs):
        return sum(self.logits[i] * x for i, x in enumerate(inputs))
