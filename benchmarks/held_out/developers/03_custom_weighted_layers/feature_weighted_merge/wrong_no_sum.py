# Misconception: multiplying the stacked inputs by their weights is the merge; the sum is left out
# Expect: fail
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), input_shape[0][-1]), initializer="zeros")

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=1)
        return stacked * ops.softmax(self.logits, axis=0)
