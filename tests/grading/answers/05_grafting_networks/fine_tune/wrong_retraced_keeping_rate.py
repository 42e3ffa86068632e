# Misconception: make_train_function(force=True) is all the repair needs (the rate stays 0.1)
# (explained from the compiled trainable state by grafting_networks.check_learning_rate, no table entry)
# Expect: fail "the model was not compiled again, so it keeps the optimizer it was first trained with"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.make_train_function(force=True)
    return model
