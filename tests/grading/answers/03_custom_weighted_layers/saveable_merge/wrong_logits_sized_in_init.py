# Misconception: the repaired tutorial's merge is used on three inputs, so its logits can be
# made in __init__ for three (a merge of two keeps a third, unused weight) (explained from
# where the variable is made by check_one_weight_per_input, no table entry)
# Expect: fail "3 weights for 2 inputs: the size is fixed — the variable is made in __init__"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature
        self.logits = self.add_weight(shape=(3,), initializer="zeros", name="logits")

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
