# Misconception: an assert is how a layer checks its inputs (it raises AssertionError, which
# the caller does not expect, and vanishes under python -O) (explained by check_rejects from
# the exception's type, no table entry)
# Expect: fail "refused by an assert statement"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        assert len(set(shapes)) == 1, f"inputs of different shapes: {shapes}"
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
