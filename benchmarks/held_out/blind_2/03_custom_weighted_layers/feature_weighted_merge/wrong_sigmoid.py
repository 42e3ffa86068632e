# Misconception: a sigmoid gives each weight between 0 and 1, which seemed enough
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.sigmoid(self.logits)
        return sum(mix[i] * x for i, x in enumerate(inputs))
