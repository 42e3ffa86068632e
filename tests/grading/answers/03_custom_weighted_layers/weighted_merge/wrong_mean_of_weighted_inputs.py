# Misconception: a merge averages, so the weighted inputs are averaged too (a mean over
# the stacked inputs divides the softmax weights by the number of inputs) (explained by the
# weights the output implies, no table entry)
# Expect: fail "every weight is its softmax weight divided by 3, the number of inputs"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        stacked = keras.ops.stack(inputs, axis=-1)
        return keras.ops.mean(stacked * keras.ops.softmax(self.logits), axis=-1)
