# Misconception: a merge should stay put while the branches learn, so the layer freezes
# itself (self.trainable = False: its variable is no longer trained).
# (explained from the layer's trainable flag, no table entry)
# Expect: fail "the layer itself is frozen"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trainable = False

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))
