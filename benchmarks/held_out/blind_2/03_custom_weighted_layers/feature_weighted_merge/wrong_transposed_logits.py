# Misconception: stored the logits as (features, inputs) and took the softmax over axis 1
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(input_shape[0][-1], len(input_shape)), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits, axis=1)  # (features, inputs)
        return sum(mix[:, i] * x for i, x in enumerate(inputs))
