# Misconception: logits of shape (n, 1) broadcast nicely against the inputs, and
# softmax normalises them (its default axis is the last, of size 1: every weight is 1).
# (explained by the weights the output implies, no table entry)
# Expect: fail "your logits have shape \(3, 1\), and the softmax runs over its axis of size 1"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape), 1), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
