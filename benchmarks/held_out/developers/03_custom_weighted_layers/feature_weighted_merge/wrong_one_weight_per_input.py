# Misconception: copied the lesson's WeightedMerge: one logit per input, shared by every feature
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = ops.softmax(self.logits)
        return sum(weights[i] * x for i, x in enumerate(inputs))
