# Misconception: trainable=False keeps the weights "fixed at their nice starting values", harmlessly.
# Expect: fail "made with trainable=False"
class WeightedMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(
            shape=(len(input_shape),), initializer="zeros", trainable=False
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
