# Misconception: multiplying the stacked inputs by their weights is the merge; the sum is left out (explained from the output's shape against the stacked inputs by custom_weighted_layers.merge_model, no table entry).
# Expect: fail "returns the 3 weighted inputs side by side, \(None, 3, 4\)"
from keras import ops


class FeatureWeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape), input_shape[0][-1]), initializer="zeros"
        )

    def call(self, inputs):
        stacked = ops.stack(inputs, axis=1)
        return stacked * ops.softmax(self.logits, axis=0)
