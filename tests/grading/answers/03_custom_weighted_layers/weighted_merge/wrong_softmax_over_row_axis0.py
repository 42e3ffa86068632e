# Misconception: a row of logits (1, n), normalised with softmax(axis=0) "down the inputs"
# (axis 0 has size 1: every weight is 1, the plain sum).
# (explained from the logits' shape and the weights the output implies, no table entry)
# Expect: fail "your logits have shape \(1, 3\), and the softmax runs over its axis of size 1"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(1, len(input_shape)), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits, axis=0)[0]
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
