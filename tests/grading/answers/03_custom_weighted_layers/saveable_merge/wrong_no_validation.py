# Misconception: Keras checks the inputs' shapes for you, so the layer need not.
# Expect: fail "the layer does not compare its inputs' shapes at all"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
