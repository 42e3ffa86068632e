# Misconception: the feature axis is the only one that matters (inputs (3, 4) and (4, 4)
# agree on it and still cannot be merged element by element).
# (explained from the shapes' layout, no table entry)
# Expect: fail "agree on the last axis only"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        widths = [shape[-1] for shape in input_shape]
        if len(set(widths)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one width. Received: {input_shape}")
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
