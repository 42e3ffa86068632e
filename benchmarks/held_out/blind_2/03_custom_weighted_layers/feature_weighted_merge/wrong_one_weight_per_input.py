# Misconception: copied the lesson's WeightedMerge: one logit per input only
# Expect: fail
import keras


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        mix = keras.ops.softmax(self.logits)
        return sum(mix[i] * x for i, x in enumerate(inputs))
